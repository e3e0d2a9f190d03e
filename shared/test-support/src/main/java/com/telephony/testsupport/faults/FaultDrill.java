package com.telephony.testsupport.faults;

import com.telephony.lambda.ApiGatewayHandler;
import com.telephony.testsupport.Reply;
import com.telephony.testsupport.TestEnvironment;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

import java.net.URI;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs one request of a function under each DynamoDB fault (docs/operations.md): the function's handler talks to
 * the test engine through {@link FaultyDynamoDb}, with timeouts shortened so a timeout costs the test a
 * few seconds. For each fault: the client gets the documented error, the tenant's items are exactly those it held
 * before (compared item by item), and the same request, sent again once the fault is gone, succeeds.
 */
public final class FaultDrill implements AutoCloseable {
    /** Shortened for tests: the policy itself is the production one (DynamoDbWiring). */
    private static final Map<String, String> CLIENT_SETTINGS = Map.of(
            "telephony.dynamodb.attempt-timeout-ms", "1000",
            "telephony.dynamodb.call-timeout-ms", "4000",
            "telephony.dynamodb.connect-timeout-ms", "1000",
            "telephony.dynamodb.max-attempts", "3");

    private final FaultyDynamoDb network;

    private FaultDrill() {
        TestEnvironment env = TestEnvironment.get();
        this.network = FaultyDynamoDb.inFrontOf(URI.create(System.getProperty("telephony.dynamodb.endpoint")));
        network.timeoutDelay(Duration.ofMillis(1800));
        env.tableName(); // the table exists before any handler starts
    }

    public static FaultDrill start() {
        return new FaultDrill();
    }

    /** A handler whose DynamoDB client goes through the faulty network (system properties, as Lambda's env). */
    public synchronized <H extends ApiGatewayHandler> H handler(Supplier<H> constructor) {
        String engine = System.getProperty("telephony.dynamodb.endpoint");
        System.setProperty("telephony.dynamodb.endpoint", network.endpoint().toString());
        CLIENT_SETTINGS.forEach(System::setProperty);
        try {
            H handler = constructor.get();
            // a first round trip through the proxy (SnapStart's priming request: a read, nothing written), so the
            // first drill does not pay for cold clients on both sides of the proxy
            handler.prime();
            return handler;
        } finally {
            System.setProperty("telephony.dynamodb.endpoint", engine);
            CLIENT_SETTINGS.keySet().forEach(System::clearProperty);
        }
    }

    /** What a drill expects of the answer under a fault, and of the answer once healed. */
    public record Expectation(Predicate<Reply> documentedError, Predicate<Reply> success) {
    }

    /** Bitrix24's temporary refusal. */
    public static boolean bitrixTemporaryFailure(Reply reply) {
        return reply.status() == 503 && "QUERY_LIMIT_EXCEEDED".equals(reply.error())
                && "Too many requests".equals(reply.errorDescription());
    }

    /** SignalWire's documented 500. */
    public static boolean fabricInternalError(Reply reply) {
        return reply.status() == 500 && reply.text().equals("{\"error\":\"Internal Server Error\"}");
    }

    /**
     * Sends {@code request} with {@code fault} on every write (or every call when {@code everyCall}), checks the
     * answer and the tenant's items, then heals and sends it again.
     *
     * @param tenantKeyPrefix the partition-key prefix of everything the tenant owns ({@code PORTAL#<id>} or
     *                        {@code PROJECT#<id>})
     * @return the answer to the retried request
     */
    public Reply drill(Fault fault, boolean everyCall, String tenantKeyPrefix, Supplier<Reply> request,
                       Expectation expectation) {
        List<Map<String, AttributeValue>> before = items(tenantKeyPrefix);
        int injectedBefore = network.injected();
        network.fail(fault, everyCall ? Set.of("GetItem", "Query", "TransactWriteItems", "UpdateItem", "PutItem",
                "DeleteItem", "BatchWriteItem", "BatchGetItem", "TransactGetItems", "Scan") : FaultyDynamoDb.WRITES);
        Reply failed;
        try {
            failed = request.get();
        } finally {
            network.heal();
        }
        assertTrue(network.injected() > injectedBefore, fault + ": the fault was never met; answer " + failed);
        assertTrue(expectation.documentedError().test(failed), fault + ": not the documented error: " + failed);
        List<Map<String, AttributeValue>> after = items(tenantKeyPrefix);
        assertEquals(before.size(), after.size(), fault + ": the number of the tenant's items changed");
        for (int i = 0; i < before.size(); i++) {
            assertEquals(before.get(i), after.get(i), fault + ": item " + i + " changed");
        }
        Reply retried = request.get();
        assertTrue(expectation.success().test(retried), fault + ": the retried request failed: " + retried);
        return retried;
    }

    /** Every item under the tenant's partitions, in key order, read beneath the code under test. */
    public static List<Map<String, AttributeValue>> items(String tenantKeyPrefix) {
        TestEnvironment env = TestEnvironment.get();
        return env.client().scanPaginator(ScanRequest.builder().tableName(env.tableName()).consistentRead(true)
                        .filterExpression("begins_with(pk, :prefix)")
                        .expressionAttributeValues(Map.of(":prefix", AttributeValue.fromS(tenantKeyPrefix))).build())
                .items().stream()
                .sorted(Comparator.comparing((Map<String, AttributeValue> item) -> item.get("pk").s())
                        .thenComparing(item -> item.get("sk").s()))
                .toList();
    }

    @Override
    public void close() {
        network.close();
    }
}
