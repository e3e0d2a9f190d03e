package com.telephony.store.dynamodb;

import com.telephony.domain.limits.Admission;
import com.telephony.domain.limits.OperatingWindow;
import com.telephony.domain.limits.RequestLimiter;
import com.telephony.store.contract.RequestLimiterContract;
import com.telephony.testing.TestDynamoDb;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The DynamoDB limiter against the limiter contract on the real engine (one limiter per "container", one table), and
 * what only its item and its requests show: expired operating buckets are removed from the portal's item, and a
 * limited call costs exactly one request (docs/limits.md, "Round trips").
 */
class DynamoDbRequestLimiterTest extends RequestLimiterContract {
    private static DynamoDbClient client;
    private static TelephonyTable table;

    @BeforeAll
    static void table() {
        TestDynamoDb engine = TestDynamoDb.get();
        String name = engine.uniqueTableName("limits-test");
        engine.client().createTable(TableLayout.createTableRequest(name));
        engine.client().waiter().waitUntilTableExists(request -> request.tableName(name));
        client = engine.client();
        table = new TelephonyTable(name);
    }

    @Override
    protected RequestLimiter container() {
        return new DynamoDbRequestLimiter(client, table, BITRIX24);
    }

    @Test
    void anExpiredBucketIsRemovedFromTheItemByTheWriteThatCarriesTheNextCharge() {
        String portal = portal();
        String method = "voximplant.sip.get";
        Instant start = T0.plusSeconds(30);
        RequestLimiter container = container();
        Admission first = container.admit(portal, start);
        first.charge(method, Duration.ofSeconds(20));
        container.settle(first, start);

        Instant reset = Instant.ofEpochSecond(start.getEpochSecond() + 600);
        Admission afterReset = container.admit(portal, reset); // stores the 20 s, already expired: seen as such
        afterReset.charge(method, Duration.ofMillis(5));
        container.settle(afterReset, reset);
        long firstMinute = OperatingWindow.minuteOf(start);
        assertTrue(item(portal).containsKey(DynamoDbRequestLimiter.attribute(method, firstMinute)));

        container.admit(portal, reset.plusSeconds(1));
        Map<String, AttributeValue> item = item(portal);
        assertFalse(item.containsKey(DynamoDbRequestLimiter.attribute(method, firstMinute)),
                "an expired bucket is removed when the next charge is stored: " + item.keySet());
        assertFalse(item.containsKey(DynamoDbRequestLimiter.firstCallAttribute(method, firstMinute)));
        assertTrue(item.containsKey(DynamoDbRequestLimiter.attribute(method, OperatingWindow.minuteOf(reset))));
    }

    /**
     * Issue 13's bound, counted on the real engine: in the steady state (a container serving one portal) a limited
     * call makes exactly one request to DynamoDB for the limits, the admission, which also stores the previous call's
     * time. What a container holds back is the time of its last call, no more.
     */
    @Test
    void aLimitedCallMakesExactlyOneRequestForTheLimits() {
        String portal = portal();
        String method = "voximplant.sip.get";
        RequestCounter requests = new RequestCounter();
        try (DynamoDbClient counted = TestDynamoDb.get().clientWith(requests)) {
            RequestLimiter container = new DynamoDbRequestLimiter(counted, table, BITRIX24);
            call(container, portal, method, T0); // the first call guesses the bucket's case: not the steady state
            requests.reset();

            for (int i = 1; i <= 10; i++) {
                call(container, portal, method, T0.plusMillis(10L * i));
            }
            assertEquals(Map.of("UpdateItem", 10), requests.byOperation(),
                    "one UpdateItem per call: the admission, carrying the previous call's time");

            Instant later = T0.plusSeconds(1);
            assertEquals(Duration.ofMillis(10), container().admit(portal, later).operating(method, later),
                    "another container sees every call but the last, which this container still holds");
            assertEquals(Duration.ofMillis(11), container.admit(portal, later).operating(method, later));
        }
    }

    @Test
    void anotherPortalsPendingTimeIsOneParallelRequestFinishedBeforeTheAdmissionReturns() {
        String portal = portal();
        String other = portal();
        RequestCounter requests = new RequestCounter();
        try (DynamoDbClient counted = TestDynamoDb.get().clientWith(requests)) {
            RequestLimiter container = new DynamoDbRequestLimiter(counted, table, BITRIX24);
            call(container, portal, "voximplant.sip.add", T0);
            requests.reset();

            container.admit(other, T0.plusMillis(5));
            assertEquals(Map.of("UpdateItem", 2), requests.byOperation(), "the admission and the other portal's charge");
            assertEquals(Long.toString(1000), item(portal).get(DynamoDbRequestLimiter.attribute("voximplant.sip.add",
                    OperatingWindow.minuteOf(T0))).n(), "stored before admit returned: nothing left in flight");
        }
    }

    /** One call of one millisecond: admitted, charged, settled. */
    private static void call(RequestLimiter container, String portal, String method, Instant at) {
        Admission admission = container.admit(portal, at);
        admission.charge(method, Duration.ofMillis(1));
        container.settle(admission, at);
    }

    private static Map<String, AttributeValue> item(String portal) {
        return client.getItem(r -> r.tableName(table.name()).consistentRead(true)
                .key(Map.of("pk", AttributeValue.fromS(Keys.limits(portal)), "sk", AttributeValue.fromS(Keys.LIMITS_SK))))
                .item();
    }

    /** Counts the HTTP requests the SDK sends (each retry too), per DynamoDB operation. */
    private static final class RequestCounter implements ExecutionInterceptor {
        private final Map<String, Integer> counts = new ConcurrentHashMap<>();

        @Override
        public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
            counts.merge(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME), 1, Integer::sum);
        }

        void reset() {
            counts.clear();
        }

        Map<String, Integer> byOperation() {
            return Map.copyOf(counts);
        }
    }
}
