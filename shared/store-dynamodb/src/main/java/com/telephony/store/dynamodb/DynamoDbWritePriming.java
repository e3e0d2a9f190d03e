package com.telephony.store.dynamodb;

import com.telephony.http.SnapshotPriming;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Primes the write path before a SnapStart snapshot without writing: the calls the stores make to change data
 * (a counter UpdateItem with returned values, a TransactWriteItems of a counter update and puts-if-absent, a
 * conditional PutItem and DeleteItem), each shaped like the real ones and each carrying a condition that can never
 * hold, {@code attribute_exists(pk) AND attribute_not_exists(pk)}, on keys no store uses (spread over
 * {@link #PARTITIONS} partitions). DynamoDB evaluates the condition and refuses the write, so the SDK's
 * marshalling, signing, the HTTP exchange, the error unmarshalling and {@link Transactions}' cancellation handling
 * all run, and nothing is stored: a refused condition writes nothing, and a cancelled transaction writes none of
 * its items. Without this, a restored {@code sip.add} paid its write path's class loading and first runs (≈ 90 ms)
 * on its first real call (docs/performance.md).
 */
@Singleton
public final class DynamoDbWritePriming implements SnapshotPriming {
    /** The prefix of partitions no key builder in {@link Keys} produces. */
    static final String PRIMING_PARTITION = "SNAPSTART#priming";
    /**
     * Each priming call uses the next of this many partition keys. SnapStart priming calls it for many rounds
     * (the lambda-http module's StoragePriming) and a deploy publishes every function at once; refused writes are
     * metered like any write, so on one key they would reach DynamoDB's per-partition throughput limit.
     */
    static final int PARTITIONS = 64;
    private static final String NEVER = "attribute_exists(#pk) AND attribute_not_exists(#pk)";
    private static final Map<String, String> NAMES = Map.of("#pk", TableLayout.PARTITION_KEY);

    private final DynamoDbClient client;
    private final String tableName;
    private final Transactions transactions;
    /** Priming runs on one thread, before the snapshot. */
    private int calls;

    public DynamoDbWritePriming(DynamoDbClient client, TelephonyTable table) {
        this.client = client;
        this.tableName = table.name();
        this.transactions = new Transactions(client);
    }

    /** The partition of the n-th priming call. */
    static String partition(int call) {
        return PRIMING_PARTITION + "#" + Math.floorMod(call, PARTITIONS);
    }

    @Override
    public void prime() {
        String partition = partition(calls++);
        refused("UpdateItem", () -> client.updateItem(request -> request.tableName(tableName)
                .key(Attributes.key(partition, "counter"))
                .updateExpression("ADD lineId :one, configId :one")
                .conditionExpression(NEVER).expressionAttributeNames(NAMES)
                .expressionAttributeValues(Map.of(":one", Attributes.n(1)))
                .returnValues(ReturnValue.UPDATED_NEW)));
        if (transactions.update(UpdateItemRequest.builder().tableName(tableName)
                .key(Attributes.key(partition, "item"))
                .updateExpression("SET #n = :v").conditionExpression(NEVER)
                .expressionAttributeNames(Map.of("#pk", TableLayout.PARTITION_KEY, "#n", "primed"))
                .expressionAttributeValues(Map.of(":v", Attributes.s("x"))).build())) {
            throw new IllegalStateException("a priming update was applied");
        }
        OptionalInt failed = transactions.write(List.of(
                TransactWriteItem.builder().update(Update.builder().tableName(tableName)
                        .key(Attributes.key(partition, "counter"))
                        .updateExpression("ADD cloudLines :one").conditionExpression(NEVER)
                        .expressionAttributeNames(NAMES)
                        .expressionAttributeValues(Map.of(":one", Attributes.n(1))).build()).build(),
                TransactWriteItem.builder().put(Put.builder().tableName(tableName)
                        .item(Attributes.item(partition, "guard", Map.of("line", Attributes.s("0"))))
                        .conditionExpression("attribute_not_exists(#pk)").expressionAttributeNames(NAMES)
                        .build()).build(),
                TransactWriteItem.builder().put(Put.builder().tableName(tableName)
                        .item(Attributes.item(partition, "item", Map.of("primed", Attributes.s("x"))))
                        .conditionExpression("attribute_not_exists(#pk)").expressionAttributeNames(NAMES)
                        .build()).build()));
        if (failed.isEmpty() || failed.getAsInt() != 0) {
            throw new IllegalStateException("a priming transaction was not refused by its first condition: " + failed);
        }
        refused("PutItem", () -> client.putItem(request -> request.tableName(tableName)
                .item(Attributes.item(partition, "item", Map.<String, AttributeValue>of())).conditionExpression(NEVER)
                .expressionAttributeNames(NAMES)));
        refused("DeleteItem", () -> client.deleteItem(request -> request.tableName(tableName)
                .key(Attributes.key(partition, "item")).conditionExpression(NEVER)
                .expressionAttributeNames(NAMES)));
        // The SDK copies a response's item, and the lists and maps in it, with lambdas spun on first use; refused
        // writes and unknown credentials return no item, so one is built here, as the unmarshaller builds it.
        GetItemResponse.builder().item(Map.of("primed", AttributeValue.fromL(List.of(
                AttributeValue.fromM(Map.of("primed", Attributes.s("x"))))))).build();
    }

    private static void refused(String operation, Runnable write) {
        try {
            write.run();
        } catch (ConditionalCheckFailedException expected) {
            return;
        }
        throw new IllegalStateException("a priming " + operation + " was applied");
    }
}
