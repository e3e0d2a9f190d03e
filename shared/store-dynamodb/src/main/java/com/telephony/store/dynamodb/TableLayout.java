package com.telephony.store.dynamodb;

import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The single table's key schema: the one place the code states it. The SAM template must say the same
 * (a contract test compares them). See docs/storage.md for the item types and access patterns. Every access pattern
 * is served by the base keys, so the table has no secondary index (one would cost a write per indexed item).
 */
public final class TableLayout {
    public static final String PARTITION_KEY = "pk";
    public static final String SORT_KEY = "sk";
    /** Epoch seconds after which DynamoDB may delete the item (expired access tokens). */
    public static final String TTL_ATTRIBUTE = "ttl";

    private TableLayout() {
    }

    public static CreateTableRequest createTableRequest(String tableName) {
        return CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(string(PARTITION_KEY), string(SORT_KEY))
                .keySchema(key(PARTITION_KEY, KeyType.HASH), key(SORT_KEY, KeyType.RANGE))
                .build();
    }

    private static AttributeDefinition string(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }
}
