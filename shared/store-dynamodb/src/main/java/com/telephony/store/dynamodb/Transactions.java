package com.telephony.store.dynamodb;

import com.telephony.domain.StorageUnavailable;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.TransactionConflictException;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Runs a TransactWriteItems call, retrying only when DynamoDB cancelled it for a conflict with another transaction
 * on the same items (parallel adds in one portal touch the same counter). A failed condition is not retried: it is
 * reported as the index of the first item whose condition failed, so callers can order their guards by precedence.
 * Single conditional writes to items that transactions also touch go through here too, for the same retry. A
 * conflict that outlasts the retries, or a transaction cancelled for throttling, is {@link StorageUnavailable}:
 * nothing was written.
 */
final class Transactions {
    private static final int MAX_ATTEMPTS = 15;

    private final DynamoDbClient client;

    Transactions(DynamoDbClient client) {
        this.client = client;
    }

    /** Empty when committed; otherwise the index of the first item whose condition failed. */
    OptionalInt write(List<TransactWriteItem> items) {
        for (int attempt = 1; ; attempt++) {
            try {
                client.transactWriteItems(TransactWriteItemsRequest.builder().transactItems(items).build());
                return OptionalInt.empty();
            } catch (TransactionCanceledException cancelled) {
                List<CancellationReason> reasons = cancelled.cancellationReasons();
                for (int i = 0; i < reasons.size(); i++) {
                    if ("ConditionalCheckFailed".equals(reasons.get(i).code())) {
                        return OptionalInt.of(i);
                    }
                }
                if (StorageFaults.throttled(cancelled)) {
                    throw new StorageUnavailable(StorageUnavailable.Kind.THROTTLED, "TransactionCanceledException");
                }
                if (attempt >= MAX_ATTEMPTS) {
                    throw new StorageUnavailable(StorageUnavailable.Kind.CONFLICT, "TransactionCanceledException");
                }
                backOff(attempt);
            }
        }
    }

    /**
     * One conditional UpdateItem. DynamoDB rejects it with a conflict while a transaction holds the item (a title
     * change of the same line, say); that is retried like a transaction conflict.
     *
     * @return {@code false} if the condition failed (nothing written)
     */
    boolean update(UpdateItemRequest request) {
        for (int attempt = 1; ; attempt++) {
            try {
                client.updateItem(request);
                return true;
            } catch (ConditionalCheckFailedException failed) {
                return false;
            } catch (StorageUnavailable unavailable) {
                // the client translated DynamoDB's TransactionConflictException (FaultTranslatingClient)
                if (unavailable.kind() != StorageUnavailable.Kind.CONFLICT || attempt >= MAX_ATTEMPTS) {
                    throw unavailable;
                }
                backOff(attempt);
            } catch (TransactionConflictException conflict) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw new StorageUnavailable(StorageUnavailable.Kind.CONFLICT, "TransactionConflictException");
                }
                backOff(attempt);
            }
        }
    }

    /** Full jitter, capped, so parallel writers spread out instead of colliding again in lockstep. */
    private static void backOff(int attempt) {
        long ceiling = Math.min(250, 10L << Math.min(attempt, 5));
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, ceiling + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a transaction", e);
        }
    }
}
