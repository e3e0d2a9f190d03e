package com.telephony.functions.servertime;

import com.telephony.testsupport.Concurrently;
import com.telephony.testsupport.HandlerClient;
import com.telephony.testsupport.Reply;
import com.telephony.testsupport.TestEnvironment;
import com.telephony.testsupport.TestPortal;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static com.telephony.testsupport.BitrixAssertions.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The REST limits through a real handler configured with Bitrix24's numbers, on the real engine: the wire answers
 * ({@code QUERY_LIMIT_EXCEEDED} 503, {@code OPERATION_TIME_LIMIT} 429) and {@code time.operating}. The exact
 * bucket arithmetic under concurrency, with time under control, is DynamoDbRequestLimiterTest's.
 */
class ServerTimeLimitsTest {
    private static ServerTimeHandler bitrixLimits;
    private static ServerTimeHandler tinyBudget;

    @BeforeAll
    static void start() {
        TestEnvironment.get();
        bitrixLimits = withProperties(Map.of("telephony.limits.burst", "50", "telephony.limits.drain-per-second", "2",
                "telephony.limits.operating-seconds", "480"), ServerTimeHandler::new);
        // One microsecond of budget: the first call goes over it (and completes), the next is refused.
        tinyBudget = withProperties(Map.of("telephony.limits.operating-seconds", "0.000001"), ServerTimeHandler::new);
    }

    @AfterAll
    static void stop() {
        bitrixLimits.close();
        tinyBudget.close();
    }

    @Test
    void aBurstOfSixtyFromOnePortalIsCutAtTheBucketWhileAnotherPortalIsServed() throws Exception {
        HandlerClient client = new HandlerClient(bitrixLimits);
        TestPortal busy = TestEnvironment.get().newPortal();
        TestPortal other = TestEnvironment.get().newPortal();

        long started = System.nanoTime();
        List<Reply> burst = Concurrently.run(60, i -> client.postJson(busy.webhookPath() + "server.time", "{}"));
        double seconds = (System.nanoTime() - started) / 1e9;

        long refused = burst.stream().filter(reply -> reply.status() == 503).count();
        long served = burst.stream().filter(reply -> reply.status() == 200).count();
        assertEquals(60, refused + served, "only 200 or 503: " + burst);
        // 50 fit at once; the bucket drains 2 per second while the burst is being served on this loaded machine.
        long drained = (long) Math.ceil(seconds * 2);
        assertTrue(refused <= 10 && refused >= 10 - drained, refused + " refused in " + seconds + " s");
        Reply refusal = burst.stream().filter(reply -> reply.status() == 503).findFirst().orElseThrow();
        assertError(refusal, 503, "QUERY_LIMIT_EXCEEDED", "Too many requests");

        List<Reply> elsewhere = Concurrently.run(40, i -> client.postJson(other.webhookPath() + "server.time", "{}"));
        assertTrue(elsewhere.stream().allMatch(reply -> reply.status() == 200), "another portal: " + elsewhere);
    }

    @Test
    void operatingGrowsWithThePortalsWorkInThatMethod() {
        HandlerClient client = new HandlerClient(bitrixLimits);
        TestPortal portal = TestEnvironment.get().newPortal();
        BigDecimal previous = BigDecimal.ZERO;
        for (int i = 0; i < 5; i++) {
            Reply reply = client.postJson(portal.webhookPath() + "server.time", "{}");
            assertEquals(200, reply.status(), reply.text());
            JsonNode time = reply.json().get("time");
            BigDecimal operating = new BigDecimal(time.get("operating").getNumberValue().toString());
            assertTrue(operating.compareTo(previous) > 0, "operating grows: " + previous + " then " + operating);
            previous = operating;
            long start = time.get("start").getLongValue();
            long resetAt = time.get("operating_reset_at").getLongValue();
            assertTrue(resetAt > start && resetAt <= start + 600, "reset within the window: " + time);
        }
    }

    @Test
    void aPortalOverItsOperatingBudgetGets429ForThatMethod() {
        HandlerClient client = new HandlerClient(tinyBudget);
        TestPortal portal = TestEnvironment.get().newPortal();
        assertEquals(200, client.postJson(portal.webhookPath() + "server.time", "{}").status(),
                "the call that goes over the budget completes");
        assertError(client.postJson(portal.webhookPath() + "server.time", "{}"), 429, "OPERATION_TIME_LIMIT",
                "Method is blocked due to operation time limit.");
        TestPortal other = TestEnvironment.get().newPortal();
        assertEquals(200, client.postJson(other.webhookPath() + "server.time", "{}").status(), "per portal");
    }

    @Test
    void serverTimeIsAStringInThePortalsZone() {
        HandlerClient client = new HandlerClient(bitrixLimits);
        TestPortal portal = TestEnvironment.get().newPortal();
        Reply reply = client.postJson(portal.webhookPath() + "server.time", "{}");
        assertTrue(reply.result().isString(), reply.text());
        assertTrue(reply.result().getStringValue().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d"),
                reply.text());
        assertError(client.postJson("/rest/server.time", "{}"), 401, "NO_AUTH_FOUND", "Wrong authorization data");
    }

    /** Builds a handler while these properties are set (Micronaut reads them at context start), then restores them. */
    private static <T> T withProperties(Map<String, String> properties, Supplier<T> build) {
        Map<String, String> saved = new HashMap<>();
        properties.keySet().forEach(key -> saved.put(key, System.getProperty(key)));
        properties.forEach(System::setProperty);
        try {
            return build.get();
        } finally {
            saved.forEach((key, value) -> {
                if (value == null) {
                    System.clearProperty(key);
                } else {
                    System.setProperty(key, value);
                }
            });
        }
    }
}
