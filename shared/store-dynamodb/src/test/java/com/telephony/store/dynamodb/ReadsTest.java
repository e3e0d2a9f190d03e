package com.telephony.store.dynamodb;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbServiceClientConfiguration;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A Query's pages, which a real engine only cuts at 1 MB or at a Limit: every page is followed from the key the
 * previous one ended at, and none is fetched once enough items are in.
 */
class ReadsTest {
    /** Pages of two items each, six items in all; records the start key of every request. */
    private static final class PagedTable implements DynamoDbClient {
        final List<Map<String, AttributeValue>> startKeys = new ArrayList<>();

        @Override
        public QueryResponse query(QueryRequest request) {
            startKeys.add(request.hasExclusiveStartKey() ? request.exclusiveStartKey() : null);
            int page = startKeys.size() - 1;
            QueryResponse.Builder response = QueryResponse.builder().items(row(2 * page), row(2 * page + 1));
            if (page < 2) {
                response.lastEvaluatedKey(Attributes.key("p", "row#" + (2 * page + 1)));
            }
            return response.build();
        }

        @Override
        public DynamoDbServiceClientConfiguration serviceClientConfiguration() {
            return null;
        }

        @Override
        public String serviceName() {
            return SERVICE_NAME;
        }

        @Override
        public void close() {
        }
    }

    private static Map<String, AttributeValue> row(int i) {
        return Attributes.key("p", "row#" + i);
    }

    private static final QueryRequest QUERY = QueryRequest.builder().tableName("t").keyConditionExpression("pk = :p")
            .expressionAttributeValues(Map.of(":p", Attributes.s("p"))).consistentRead(true).build();

    @Test
    void everyPageIsReadFromWhereThePreviousEnded() {
        PagedTable table = new PagedTable();
        assertEquals(List.of(row(0), row(1), row(2), row(3), row(4), row(5)), Reads.query(table, QUERY, Integer.MAX_VALUE));
        assertEquals(3, table.startKeys.size());
        assertEquals(null, table.startKeys.get(0));
        assertEquals(row(1), table.startKeys.get(1));
        assertEquals(row(3), table.startKeys.get(2));
    }

    @Test
    void noPageIsFetchedOnceEnoughItemsAreIn() {
        PagedTable table = new PagedTable();
        assertEquals(List.of(row(0), row(1)), Reads.query(table, QUERY, 2));
        assertEquals(1, table.startKeys.size());

        PagedTable another = new PagedTable();
        assertEquals(List.of(row(0), row(1), row(2)), Reads.query(another, QUERY, 3));
        assertEquals(2, another.startKeys.size());
    }
}
