package com.telephony.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * A table of the engine conformance suite, shaped like the application's single table (string keys {@code pk}/
 * {@code sk}, one overloaded global index {@code gsi1} projecting everything) but owned by the suite, so the suite
 * states the engine behaviour it relies on without depending on the stores.
 */
record ConformanceTable(DynamoDbClient client, String name) {

    static final String INDEX = "gsi1";
    private static final Duration ACTIVE_WITHIN = Duration.ofMinutes(2);

    static ConformanceTable create(DynamoDbClient client, String name) {
        client.createTable(create -> create.tableName(name)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(string("pk"), string("sk"), string("gsi1pk"), string("gsi1sk"))
                .keySchema(key("pk", KeyType.HASH), key("sk", KeyType.RANGE))
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder()
                        .indexName(INDEX)
                        .keySchema(key("gsi1pk", KeyType.HASH), key("gsi1sk", KeyType.RANGE))
                        .projection(projection -> projection.projectionType(ProjectionType.ALL))
                        .build()));
        awaitActive(client, name);
        return new ConformanceTable(client, name);
    }

    /** Polls briefly instead of the SDK waiter, whose 20 s delay would dominate a local run. */
    private static void awaitActive(DynamoDbClient client, String name) {
        Instant deadline = Instant.now().plus(ACTIVE_WITHIN);
        while (true) {
            try {
                if (client.describeTable(describe -> describe.tableName(name)).table().tableStatus()
                        == TableStatus.ACTIVE) {
                    return;
                }
            } catch (ResourceNotFoundException notYet) {
                // eventually consistent on AWS right after CreateTable
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("table " + name + " not ACTIVE within " + ACTIVE_WITHIN);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    void delete() {
        try {
            client.deleteTable(delete -> delete.tableName(name));
        } catch (ResourceNotFoundException alreadyGone) {
            // nothing to clean up
        }
    }

    /** A partition key no other test uses: tests share the table but never each other's items. */
    static String uniquePartition(String label) {
        return label + "#" + UUID.randomUUID();
    }

    static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of("pk", s(pk), "sk", s(sk));
    }

    /** The key plus attributes given as name, value pairs. */
    static Map<String, AttributeValue> item(String pk, String sk, Object... attributes) {
        Map<String, AttributeValue> item = new HashMap<>(key(pk, sk));
        for (int i = 0; i < attributes.length; i += 2) {
            item.put((String) attributes[i], (AttributeValue) attributes[i + 1]);
        }
        return item;
    }

    /** The item as stored now (strongly consistent), or an empty map. */
    Map<String, AttributeValue> read(String pk, String sk) {
        return client.getItem(get -> get.tableName(name).key(key(pk, sk)).consistentRead(true)).item();
    }

    void put(Map<String, AttributeValue> item) {
        client.putItem(put -> put.tableName(name).item(item));
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    private static AttributeDefinition string(String attribute) {
        return AttributeDefinition.builder().attributeName(attribute).attributeType(ScalarAttributeType.S).build();
    }

    private static KeySchemaElement key(String attribute, KeyType type) {
        return KeySchemaElement.builder().attributeName(attribute).keyType(type).build();
    }
}
