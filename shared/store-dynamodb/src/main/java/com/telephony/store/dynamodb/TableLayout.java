package com.telephony.store.dynamodb;

import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The single table's key schema: the one place the code states it. The SAM template must say the same
 * (a contract test compares them). See docs/storage.md for the item types and access patterns.
 */
public final class TableLayout {
    public static final String PARTITION_KEY = "pk";
    public static final String SORT_KEY = "sk";
    /** Overloaded secondary index for access patterns the base keys do not serve. */
    public static final String INDEX_1 = "gsi1";
    public static final String INDEX_1_PARTITION_KEY = "gsi1pk";
    public static final String INDEX_1_SORT_KEY = "gsi1sk";
    /** Epoch seconds after which DynamoDB may delete the item (expired access tokens). */
    public static final String TTL_ATTRIBUTE = "ttl";

    private TableLayout() {
    }

    public static CreateTableRequest createTableRequest(String tableName) {
        return CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        string(PARTITION_KEY), string(SORT_KEY), string(INDEX_1_PARTITION_KEY), string(INDEX_1_SORT_KEY))
                .keySchema(key(PARTITION_KEY, KeyType.HASH), key(SORT_KEY, KeyType.RANGE))
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder()
                        .indexName(INDEX_1)
                        .keySchema(key(INDEX_1_PARTITION_KEY, KeyType.HASH), key(INDEX_1_SORT_KEY, KeyType.RANGE))
                        .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                        .build())
                .build();
    }

    private static AttributeDefinition string(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }
}
