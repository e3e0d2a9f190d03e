package com.telephony.store.dynamodb;

import com.telephony.domain.StorageUnavailable;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.InternalServerErrorException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.RequestLimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.TransactionConflictException;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Which DynamoDB failures are temporary (docs/operations.md, "DynamoDB faults"): what is left of them after the
 * SDK's retries becomes the domain's {@link StorageUnavailable}, which every edge answers as its protocol's
 * temporary failure. Anything else (a validation error, a missing table) is a defect and passes through as is.
 */
final class StorageFaults {
    /** The SDK's HTTP client implementations (url-connection, Apache, CRT) live under this package. */
    private static final String HTTP_CLIENTS = "software.amazon.awssdk.http.";

    private StorageFaults() {
    }

    static RuntimeException translate(RuntimeException failure) {
        if (failure instanceof TransactionCanceledException) {
            return failure; // conditions and conflicts inside a transaction: Transactions reads the reasons
        }
        if (failure instanceof ProvisionedThroughputExceededException
                || failure instanceof RequestLimitExceededException
                || failure instanceof SdkServiceException service && service.isThrottlingException()) {
            return new StorageUnavailable(StorageUnavailable.Kind.THROTTLED, name(failure));
        }
        if (failure instanceof TransactionConflictException) {
            return new StorageUnavailable(StorageUnavailable.Kind.CONFLICT, name(failure));
        }
        if (failure instanceof InternalServerErrorException
                || failure instanceof SdkServiceException service && service.statusCode() >= 500
                || failure instanceof SdkClientException) {
            // SdkClientException: timeouts (per attempt and per call), refused or reset connections
            return new StorageUnavailable(StorageUnavailable.Kind.UNAVAILABLE, name(failure));
        }
        if (!(failure instanceof SdkException) && raisedByHttpTransport(failure)) {
            // An attempt timeout closes the connection under the request thread; the JDK's HttpURLConnection then
            // sometimes fails with a bare NullPointerException (wrapped in a RuntimeException) instead of an
            // IOException, which the SDK passes on untyped. It is the network's failure, not our request's.
            return new StorageUnavailable(StorageUnavailable.Kind.UNAVAILABLE, name(failure));
        }
        return failure;
    }

    /** True when the failure (or a cause) was thrown inside the SDK's HTTP client, i.e. by the transport. */
    static boolean raisedByHttpTransport(Throwable failure) {
        // A cause chain can loop (initCause on an earlier link): each throwable is looked at once.
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable current = failure; current != null && seen.add(current); current = current.getCause()) {
            for (StackTraceElement frame : current.getStackTrace()) {
                if (frame.getClassName().startsWith(HTTP_CLIENTS)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A cancelled transaction whose reasons are only throttling: as temporary as a throttled request. */
    static boolean throttled(TransactionCanceledException cancelled) {
        boolean throttled = false;
        for (CancellationReason reason : cancelled.cancellationReasons()) {
            String code = reason.code();
            if ("ThrottlingError".equals(code) || "ProvisionedThroughputExceeded".equals(code)) {
                throttled = true;
            }
        }
        return throttled;
    }

    /** The exception's class only: messages may quote request values. */
    private static String name(RuntimeException failure) {
        return failure.getClass().getSimpleName();
    }
}
