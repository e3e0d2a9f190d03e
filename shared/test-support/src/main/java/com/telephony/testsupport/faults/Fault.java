package com.telephony.testsupport.faults;

/** The DynamoDB failures a function must survive without half-writes, as DynamoDB's wire protocol shows them. */
public enum Fault {
    PROVISIONED_THROUGHPUT_EXCEEDED(400, "com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException",
            "The level of configured provisioned throughput for the table was exceeded."),
    THROTTLING(400, "com.amazon.coral.availability#ThrottlingException",
            "Rate of requests exceeds the allowed throughput."),
    REQUEST_LIMIT_EXCEEDED(400, "com.amazonaws.dynamodb.v20120810#RequestLimitExceeded",
            "Throughput exceeds the current throughput limit for your account."),
    /** TransactWriteItems: cancelled with TransactionConflict reasons; single writes: TransactionConflictException. */
    TRANSACTION_CONFLICT(400, "com.amazonaws.dynamodb.v20120810#TransactionConflictException",
            "Transaction is ongoing for the item"),
    INTERNAL_SERVER_ERROR(500, "com.amazonaws.dynamodb.v20120810#InternalServerError", "Internal server error"),
    SERVICE_UNAVAILABLE(503, "com.amazonaws.dynamodb.v20120810#ServiceUnavailableException",
            "Service unavailable"),
    /** No answer within the client's attempt timeout. */
    TIMEOUT(0, null, null),
    /** The connection closes without an answer. */
    CONNECTION_RESET(0, null, null);

    final int status;
    final String type;
    final String message;

    Fault(int status, String type, String message) {
        this.status = status;
        this.type = type;
        this.message = message;
    }
}
