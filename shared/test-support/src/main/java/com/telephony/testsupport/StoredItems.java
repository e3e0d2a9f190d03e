package com.telephony.testsupport;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

import java.util.List;
import java.util.Map;

/** Looks at what is really in the table, beneath the code under test. */
public final class StoredItems {
    private StoredItems() {
    }

    /** Every item of the test table (test tables are small). */
    public static List<Map<String, AttributeValue>> all() {
        TestEnvironment env = TestEnvironment.get();
        return env.client().scanPaginator(ScanRequest.builder().tableName(env.tableName()).consistentRead(true).build())
                .items().stream().toList();
    }

    /** The SIP line items under one owner partition. */
    public static long sipLines(String portalId, String applicationId) {
        TestEnvironment env = TestEnvironment.get();
        return env.client().queryPaginator(request -> request
                        .tableName(env.tableName())
                        .consistentRead(true)
                        .keyConditionExpression("pk = :pk AND begins_with(sk, :sip)")
                        .expressionAttributeValues(Map.of(
                                ":pk", AttributeValue.fromS("PORTAL#" + portalId + "#APP#" + applicationId),
                                ":sip", AttributeValue.fromS("SIP#"))))
                .items().stream().count();
    }

    /** The items of a SignalWire project's partition whose sort key starts with {@code prefix} ({@code EP#}, {@code USER#}). */
    public static List<Map<String, AttributeValue>> projectItems(String projectId, String prefix) {
        TestEnvironment env = TestEnvironment.get();
        return env.client().queryPaginator(request -> request
                        .tableName(env.tableName())
                        .consistentRead(true)
                        .keyConditionExpression("pk = :pk AND begins_with(sk, :prefix)")
                        .expressionAttributeValues(Map.of(
                                ":pk", AttributeValue.fromS("PROJECT#" + projectId),
                                ":prefix", AttributeValue.fromS(prefix))))
                .items().stream().toList();
    }
}
