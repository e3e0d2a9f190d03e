package com.telephony.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

class TestDynamoDbTest {

    @Test
    void isOneEngineForTheWholeJvm() {
        assertSame(TestDynamoDb.get(), TestDynamoDb.get());
        assertSame(TestDynamoDb.get().client(), TestDynamoDb.get().client());
    }

    @Test
    void createsATablePutsAndGetsAnItemAndDeletesTheTable() {
        TestDynamoDb db = TestDynamoDb.get();
        DynamoDbClient client = db.client();
        String table = db.uniqueTableName("fixture-check");

        client.createTable(create -> create.tableName(table)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(stringAttribute("pk"), stringAttribute("sk"))
                .keySchema(key("pk", KeyType.HASH), key("sk", KeyType.RANGE)));
        client.waiter().waitUntilTableExists(wait -> wait.tableName(table));
        try {
            Map<String, AttributeValue> key = Map.of("pk", string("line#1"), "sk", string("v1"));
            client.putItem(put -> put.tableName(table).item(Map.of(
                    "pk", string("line#1"), "sk", string("v1"), "number", string("+15550100"))));

            Map<String, AttributeValue> item = client.getItem(get -> get.tableName(table).key(key).consistentRead(true))
                    .item();

            assertEquals("+15550100", item.get("number").s());
        } finally {
            client.deleteTable(delete -> delete.tableName(table));
        }
        assertTrue(client.listTables().tableNames().stream().noneMatch(table::equals), "table still listed: " + table);
    }

    private static AttributeDefinition stringAttribute(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }

    private static AttributeValue string(String value) {
        return AttributeValue.builder().s(value).build();
    }
}
