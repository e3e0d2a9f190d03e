package com.telephony.store.dynamodb;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The stores' reads, built without the SDK's consumer-builder lambdas and paginators. Every read of the stores is
 * strongly consistent (a line, credential or endpoint written a moment ago must be seen by the next call): GetItem
 * here, and every Query request the stores build.
 */
final class Reads {
    private Reads() {
    }

    /** One item by its key, or {@code null} if there is none. */
    static Map<String, AttributeValue> item(DynamoDbClient client, String table, String pk, String sk) {
        return Attributes.found(client.getItem(GetItemRequest.builder()
                .tableName(table)
                .key(Attributes.key(pk, sk))
                .consistentRead(true)
                .build()).item());
    }

    /**
     * The first {@code max} items a Query finds, following its pages ({@code LastEvaluatedKey}) until it has them or
     * the range ends; {@link Integer#MAX_VALUE} for all of them. A page is fetched only while items are missing.
     */
    static List<Map<String, AttributeValue>> query(DynamoDbClient client, QueryRequest request, int max) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        QueryRequest page = request;
        while (true) {
            QueryResponse response = client.query(page);
            for (Map<String, AttributeValue> item : response.items()) {
                if (items.size() == max) {
                    return items;
                }
                items.add(item);
            }
            Map<String, AttributeValue> last = response.lastEvaluatedKey();
            if (items.size() >= max || last == null || last.isEmpty()) {
                return items;
            }
            page = request.toBuilder().exclusiveStartKey(last).build();
        }
    }
}
