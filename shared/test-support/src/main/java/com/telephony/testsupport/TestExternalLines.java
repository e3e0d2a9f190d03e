package com.telephony.testsupport;

import com.telephony.bitrix.methods.ExternalLineParams;
import com.telephony.domain.extline.ExternalLine;
import com.telephony.domain.extline.ExternalLineService;
import com.telephony.domain.extline.NewExternalLine;
import com.telephony.domain.tenancy.Authenticator;
import com.telephony.domain.tenancy.Caller;
import com.telephony.store.dynamodb.DynamoDbExternalLineStore;
import com.telephony.store.dynamodb.TelephonyTable;
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
    private static ExternalLineService service;

    private TestExternalLines() {
    }

    /** A line as it really sits in the table; an attribute that is missing is {@code null}. */
    public record Stored(Long id, String number, String name, String crmAutoCreate) {
    }

    /** Registers a line as the application holding {@code token} does through telephony.externalLine.add. */
    public static ExternalLine add(String token, String number, String name, String crmAutoCreate) {
        return service().add(caller(token), new NewExternalLine(ExternalLineParams.number(number), name,
                ExternalLineParams.crmAutoCreate(crmAutoCreate)));
    }

    /** Deletes a line as the application holding {@code token} does through telephony.externalLine.delete. */
    public static void delete(String token, String number) {
        service().delete(caller(token), ExternalLineParams.number(number));
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
        AttributeValue id = item.get("id");
        return new Stored(id == null ? null : Long.valueOf(id.n()), text(item, "number"), text(item, "name"),
                text(item, "crmAutoCreate"));
    }

    private static String text(Map<String, AttributeValue> item, String attribute) {
        AttributeValue value = item.get(attribute);
        return value == null ? null : value.s();
    }

    private static synchronized ExternalLineService service() {
        if (service == null) {
            TestEnvironment env = TestEnvironment.get();
            service = new ExternalLineService(
                    new DynamoDbExternalLineStore(env.client(), new TelephonyTable(env.tableName())));
        }
        return service;
    }

    private static Caller caller(String token) {
        TestEnvironment env = TestEnvironment.get();
        return new Authenticator(env.tenancy(), Clock.systemUTC()).accessToken(token);
    }
}
