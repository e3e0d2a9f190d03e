package com.telephony.store.dynamodb;

import com.telephony.testing.TestDynamoDb;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SnapStart write priming on a real DynamoDB engine: every write is refused and the table is left as it was. */
class DynamoDbWritePrimingTest {
    private static DynamoDbClient client;
    private static String table;

    @BeforeAll
    static void createTable() {
        TestDynamoDb engine = TestDynamoDb.get();
        client = engine.client();
        table = engine.uniqueTableName("write-priming");
        client.createTable(TableLayout.createTableRequest(table));
        client.waiter().waitUntilTableExists(request -> request.tableName(table));
    }

    private static List<Map<String, AttributeValue>> everything() {
        return client.scan(request -> request.tableName(table).consistentRead(true)).items();
    }

    @Test
    void primingWritesNothingOnAnEmptyTable() {
        new DynamoDbWritePriming(client, new TelephonyTable(table)).prime();

        assertEquals(List.of(), everything());
    }

    @Test
    void primingWritesNothingEvenWhereItsKeysHoldItemsAndLeavesOtherItemsAlone() {
        // Items under the priming keys themselves (the first and the second call's partitions): the conditions
        // still can never hold, so none is changed.
        client.putItem(request -> request.tableName(table).item(Attributes.item(DynamoDbWritePriming.partition(0),
                "counter", Map.of("lineId", Attributes.n(7)))));
        client.putItem(request -> request.tableName(table).item(Attributes.item(DynamoDbWritePriming.partition(1),
                "item", Map.of("primed", Attributes.s("before")))));
        client.putItem(request -> request.tableName(table).item(Attributes.item("PORTAL#p1", "SEQUENCE",
                Map.of("lineId", Attributes.n(3)))));
        List<Map<String, AttributeValue>> before = everything();

        DynamoDbWritePriming priming = new DynamoDbWritePriming(client, new TelephonyTable(table));
        priming.prime();
        priming.prime();

        assertEquals(before.size(), everything().size());
        assertTrue(everything().containsAll(before) && before.containsAll(everything()), everything()::toString);
    }

    @Test
    void successiveCallsSpreadOverTheirPartitionsAndComeBackToTheFirst() {
        assertEquals(DynamoDbWritePriming.PRIMING_PARTITION + "#0", DynamoDbWritePriming.partition(0));
        assertEquals(DynamoDbWritePriming.PRIMING_PARTITION + "#1", DynamoDbWritePriming.partition(1));
        assertEquals(DynamoDbWritePriming.partition(0), DynamoDbWritePriming.partition(DynamoDbWritePriming.PARTITIONS));
        assertTrue(DynamoDbWritePriming.partition(0).startsWith("SNAPSTART#"), "a prefix no store's key has");
    }

    @Test
    void theConditionIsRefusedByTheEngineRatherThanRejectedAsInvalid() {
        // If the engine rejected the expression (ValidationException) instead of evaluating it, priming would not
        // reach the write path's success-shaped request; prime() would throw too, this pins the reason.
        assertThrows(ConditionalCheckFailedException.class, () -> client.updateItem(request -> request
                .tableName(table).key(Attributes.key(DynamoDbWritePriming.PRIMING_PARTITION, "x"))
                .updateExpression("SET a = :a").conditionExpression("attribute_exists(#pk) AND attribute_not_exists(#pk)")
                .expressionAttributeNames(Map.of("#pk", TableLayout.PARTITION_KEY))
                .expressionAttributeValues(Map.of(":a", Attributes.s("x")))));
    }
}
