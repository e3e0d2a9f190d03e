package com.telephony.testsupport;

import com.telephony.domain.extline.ExternalLine;
import com.telephony.domain.extline.ExternalLineService;
import com.telephony.domain.extline.NewExternalLine;
import com.telephony.domain.tenancy.Authenticator;
import com.telephony.store.dynamodb.DynamoDbExternalLineStore;
import com.telephony.store.dynamodb.TelephonyTable;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * External lines arranged and inspected around a handler under test: lines are created with the real service and
 * store (a function module may not call another function), and what is stored is read with plain DynamoDB calls,
 * beneath the code under test.
 */
public final class TestExternalLines {
    private TestExternalLines() {
    }

    /** A line as it really sits in the table. */
    public record Stored(long id, String number, String name, String crmAutoCreate) {
    }

    /** Registers a line as the application holding {@code token} does through telephony.externalLine.add. */
    public static ExternalLine add(String token, String number, String name, String crmAutoCreate) {
        TestEnvironment env = TestEnvironment.get();
        DynamoDbEnhancedClient enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(env.client()).build();
        ExternalLineService service = new ExternalLineService(
                new DynamoDbExternalLineStore(env.client(), enhanced, new TelephonyTable(env.tableName())));
        return service.add(new Authenticator(env.tenancy(), Clock.systemUTC()).accessToken(token),
                new NewExternalLine(number, name, crmAutoCreate));
    }

    /** Every line item under an application's partition, in sort-key order. */
    public static List<Stored> stored(String portalId, String applicationId) {
        TestEnvironment env = TestEnvironment.get();
        return env.client().queryPaginator(request -> request
                        .tableName(env.tableName())
                        .consistentRead(true)
                        .keyConditionExpression("pk = :pk AND begins_with(sk, :num)")
                        .expressionAttributeValues(Map.of(
                                ":pk", AttributeValue.fromS("PORTAL#" + portalId + "#APP#" + applicationId + "#EXT"),
                                ":num", AttributeValue.fromS("NUM#"))))
                .items().stream().map(TestExternalLines::stored).toList();
    }

    public static Optional<Stored> stored(String portalId, String applicationId, String number) {
        return stored(portalId, applicationId).stream().filter(line -> line.number().equals(number)).findFirst();
    }

    private static Stored stored(Map<String, AttributeValue> item) {
        AttributeValue name = item.get("name");
        return new Stored(Long.parseLong(item.get("id").n()), item.get("number").s(),
                name == null ? null : name.s(), item.get("crmAutoCreate").s());
    }
}
