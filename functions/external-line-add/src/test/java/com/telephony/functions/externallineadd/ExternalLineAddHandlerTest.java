package com.telephony.functions.externallineadd;

import com.telephony.testsupport.HandlerClient;
import com.telephony.testsupport.Reply;
import com.telephony.testsupport.TestEnvironment;
import com.telephony.testsupport.TestExternalLines;
import com.telephony.testsupport.TestExternalLines.Stored;
import com.telephony.testsupport.TestPortal;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.telephony.testsupport.BitrixAssertions.assertError;
import static com.telephony.testsupport.JsonFields.keys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** telephony.externalLine.add through the real Lambda handler, with API Gateway events, on a real DynamoDB engine. */
class ExternalLineAddHandlerTest {
    private static final String ADD = "/rest/telephony.externalLine.add";

    private static ExternalLineAddHandler handler;
    private static HandlerClient client;

    @BeforeAll
    static void start() {
        TestEnvironment.get();
        handler = new ExternalLineAddHandler();
        client = new HandlerClient(handler);
    }

    @AfterAll
    static void stop() {
        handler.close();
    }

    @Test
    void documentedExampleAnswersANumericIdAndStoresTheLine() {
        TestPortal portal = TestEnvironment.get().newPortal();
        Reply reply = client.postJson(ADD,
                "{\"NUMBER\":\"14151234567\",\"NAME\":\"Support Line\",\"CRM_AUTO_CREATE\":\"N\",\"auth\":\"" + portal.tokenA() + "\"}");

        assertEquals(200, reply.status(), reply::toString);
        assertEquals(List.of("result", "time"), keys(reply.json()));
        JsonNode id = reply.result().get("ID");
        assertTrue(id.isNumber(), "ID is a JSON number in add: " + reply);
        assertEquals(List.of("ID"), keys(reply.result()));
        assertTrue(reply.text().matches(".*\"result\":\\{\"ID\":\\d+}.*"), reply.text());

        Stored stored = TestExternalLines.stored(portal.portal().id(), portal.appA().clientId(), "14151234567").orElseThrow();
        assertEquals(new Stored(id.getNumberValue().longValue(), "14151234567", "Support Line", "N"), stored);
    }

    @Test
    void defaultsAreEmptyNameAndAutoCreateY() {
        TestPortal portal = TestEnvironment.get().newPortal();
        assertEquals(200, add(portal.tokenA(), "{\"NUMBER\":\"100\"}").status());
        Stored stored = TestExternalLines.stored(portal.portal().id(), portal.appA().clientId(), "100").orElseThrow();
        assertEquals("", stored.name());
        assertEquals("Y", stored.crmAutoCreate());
    }

    @Test
    void anyAutoCreateValueButExactlyYIsStoredAsN() {
        TestPortal portal = TestEnvironment.get().newPortal();
        Map<String, String> expected = Map.of("\"Y\"", "Y", "\"N\"", "N", "\"y\"", "N", "\"\"", "N", "\"YES\"", "N",
                "1", "N", "true", "N", "null", "Y");
        int number = 200;
        for (Map.Entry<String, String> value : expected.entrySet()) {
            String digits = Integer.toString(number++);
            Reply reply = add(portal.tokenA(), "{\"NUMBER\":\"" + digits + "\",\"CRM_AUTO_CREATE\":" + value.getKey() + "}");
            assertEquals(200, reply.status(), reply::toString);
            assertEquals(value.getValue(), TestExternalLines.stored(portal.portal().id(), portal.appA().clientId(), digits)
                    .orElseThrow().crmAutoCreate(), "CRM_AUTO_CREATE " + value.getKey());
        }
    }

    @Test
    void numberIsTrimmedAndUniquePerApplication() {
        TestPortal portal = TestEnvironment.get().newPortal();
        assertEquals(200, add(portal.tokenA(), "{\"NUMBER\":\" \\t74951234567\\n \"}").status());
        assertEquals("74951234567",
                TestExternalLines.stored(portal.portal().id(), portal.appA().clientId()).get(0).number());

        assertCore(add(portal.tokenA(), "{\"NUMBER\":\"74951234567\",\"NAME\":\"again\"}"), "Line already exists");
        assertCore(add(portal.tokenA(), "{\"NUMBER\":\"  74951234567 \"}"), "Line already exists");
        assertEquals(200, add(portal.tokenA(), "{\"NUMBER\":\"74951234567 1\"}").status(), "another number");

        Reply appB = add(portal.tokenB(), "{\"NUMBER\":\"74951234567\",\"NAME\":\"B's\"}");
        assertEquals(200, appB.status(), "the same number may exist under another application: " + appB);
        TestPortal otherPortal = TestEnvironment.get().newPortal();
        assertEquals(200, add(otherPortal.tokenA(), "{\"NUMBER\":\"74951234567\"}").status());
        assertEquals("B's", TestExternalLines.stored(portal.portal().id(), portal.appB().clientId(), "74951234567")
                .orElseThrow().name());
        assertEquals("", TestExternalLines.stored(portal.portal().id(), portal.appA().clientId(), "74951234567")
                .orElseThrow().name(), "app A's line is untouched by app B's add");
    }

    @Test
    void missingOrBlankNumber() {
        TestPortal portal = TestEnvironment.get().newPortal();
        for (String body : List.of("{}", "{\"NUMBER\":\"\"}", "{\"NUMBER\":\"  \\t\"}", "{\"NUMBER\":null}",
                "{\"NUMBER\":[\"1\"]}", "{\"NUMBER\":{\"a\":\"1\"}}", "{\"number\":\"123\"}", "{\"Number\":\"123\"}",
                "{\"NAME\":\"no number\"}", "{not json")) {
            assertCore(add(portal.tokenA(), body), "NUMBER should not be empty");
        }
        assertTrue(TestExternalLines.stored(portal.portal().id(), portal.appA().clientId()).isEmpty());
    }

    @Test
    void numberSentAsJsonNumberIsStoredAsItsText() {
        TestPortal portal = TestEnvironment.get().newPortal();
        assertEquals(200, add(portal.tokenA(), "{\"NUMBER\":14151234567}").status());
        assertTrue(TestExternalLines.stored(portal.portal().id(), portal.appA().clientId(), "14151234567").isPresent());
    }

    @Test
    void numberAndNameLongerThanTheirColumnsAreADbError() {
        TestPortal portal = TestEnvironment.get().newPortal();
        String fifty = "5".repeat(50);
        assertEquals(200, add(portal.tokenA(), "{\"NUMBER\":\"" + fifty + "\"}").status());
        assertCore(add(portal.tokenA(), "{\"NUMBER\":\"" + fifty + "5\"}"), "DB error");
        assertEquals(200, add(portal.tokenA(), "{\"NUMBER\":\"" + "\uD83D\uDCDE".repeat(50) + "\"}").status(),
                "characters, not UTF-16 units");

        assertEquals(200, add(portal.tokenA(), "{\"NUMBER\":\"300\",\"NAME\":\"" + "n".repeat(255) + "\"}").status());
        assertCore(add(portal.tokenA(), "{\"NUMBER\":\"301\",\"NAME\":\"" + "n".repeat(256) + "\"}"), "DB error");
        assertCore(add(portal.tokenA(), "{\"NUMBER\":\"300\",\"NAME\":\"" + "n".repeat(256) + "\"}"), "Line already exists");
        assertTrue(TestExternalLines.stored(portal.portal().id(), portal.appA().clientId(), "301").isEmpty());
    }

    @Test
    void phpFormBodyBehavesLikeJson() {
        TestPortal portal = TestEnvironment.get().newPortal();
        Reply form = client.postForm(ADD, "auth=" + portal.tokenA() + "&NUMBER=+78001234567+&NAME=Form+Line&CRM_AUTO_CREATE=N");
        Reply json = add(portal.tokenA(), "{\"NUMBER\":\"78007654321\",\"NAME\":\"Form Line\",\"CRM_AUTO_CREATE\":\"N\"}");

        assertEquals(200, form.status(), form::toString);
        assertTrue(form.result().get("ID").isNumber());
        assertEquals(keys(json.json()), keys(form.json()));
        Stored stored = TestExternalLines.stored(portal.portal().id(), portal.appA().clientId(), "78001234567").orElseThrow();
        assertEquals("Form Line", stored.name());
        assertEquals("N", stored.crmAutoCreate());
        assertCore(client.postForm(ADD, "auth=" + portal.tokenA() + "&NUMBER=78001234567"), "Line already exists");
        assertCore(client.postForm(ADD, "auth=" + portal.tokenA() + "&NUMBER[]=1"), "NUMBER should not be empty");
        assertEquals(200, client.get(ADD, "auth=" + portal.tokenA() + "&NUMBER=78000000001").status(), "GET works too");
    }

    @Test
    void idsArePortalWideAndIncreasing() {
        TestPortal portal = TestEnvironment.get().newPortal();
        long first = add(portal.tokenA(), "{\"NUMBER\":\"1\"}").result().get("ID").getNumberValue().longValue();
        long second = add(portal.tokenB(), "{\"NUMBER\":\"1\"}").result().get("ID").getNumberValue().longValue();
        long third = add(portal.tokenA(), "{\"NUMBER\":\"2\"}").result().get("ID").getNumberValue().longValue();
        assertTrue(first > 0 && first < second && second < third, first + " " + second + " " + third);
    }

    @Test
    void webhooksAreRefusedWithWrongAuthType() {
        TestPortal portal = TestEnvironment.get().newPortal();
        for (String webhook : List.of(portal.webhookPath(), portal.otherWebhookPath(), portal.noPermissionWebhookPath())) {
            Reply reply = client.postJson(webhook + "telephony.externalLine.add", "{\"NUMBER\":\"14151234567\"}");
            assertError(reply, 403, "WRONG_AUTH_TYPE", "Current authorization type is denied for this method");
        }
        assertError(client.postJson(portal.webhookPath() + "telephony.externalLine.add.json", "{}"), 403,
                "WRONG_AUTH_TYPE", "Current authorization type is denied for this method");
        assertError(client.postJson(portal.noScopeWebhookPath() + "telephony.externalLine.add", "{}"), 403,
                "insufficient_scope", "The request requires higher privileges than provided by the webhook token");
        assertTrue(TestExternalLines.stored(portal.portal().id(), "").isEmpty(), "nothing stored for webhooks");
    }

    @Test
    void anyUserOfTheApplicationMayAdd() {
        TestPortal portal = TestEnvironment.get().newPortal();
        Reply reply = add(portal.noPermissionTokenA(), "{\"NUMBER\":\"999\"}");
        assertEquals(200, reply.status(), "no line permission is needed: " + reply);
        assertTrue(TestExternalLines.stored(portal.portal().id(), portal.appA().clientId(), "999").isPresent());
    }

    @Test
    void authenticationFailures() {
        TestPortal portal = TestEnvironment.get().newPortal();
        assertError(client.postJson(ADD, "{\"NUMBER\":\"1\"}"), 401, "NO_AUTH_FOUND", "Wrong authorization data");
        assertError(add(portal.expiredTokenA(), "{\"NUMBER\":\"1\"}"), 401, "expired_token",
                "The access token provided has expired");
        assertError(add("no-such-token", "{\"NUMBER\":\"1\"}"), 401, "invalid_token", "The access token provided is invalid");
    }

    @Test
    void parallelAddsOfOneNumberLeaveOneLine() throws Exception {
        TestPortal portal = TestEnvironment.get().newPortal();
        int count = 12;
        ExecutorService pool = Executors.newFixedThreadPool(count);
        List<Reply> replies = new ArrayList<>();
        try {
            CountDownLatch ready = new CountDownLatch(1);
            List<Future<Reply>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String body = "{\"NUMBER\":\"" + " ".repeat(i % 3) + "4950000000\",\"NAME\":\"racer " + i + "\"}";
                futures.add(pool.submit(() -> {
                    ready.await();
                    return add(portal.tokenA(), body);
                }));
            }
            ready.countDown();
            for (Future<Reply> future : futures) {
                replies.add(future.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, replies.stream().filter(r -> r.status() == 200).count(), replies::toString);
        replies.stream().filter(r -> r.status() != 200).forEach(r -> assertCore(r, "Line already exists"));
        assertEquals(1, TestExternalLines.stored(portal.portal().id(), portal.appA().clientId()).size());
    }

    @Test
    void badInputNeverGivesAServerError() {
        TestPortal portal = TestEnvironment.get().newPortal();
        List<String> bodies = List.of("", "[1,2]", "null", "\"text\"", "{\"NUMBER\":true}", "{\"NUMBER\":1.50}",
                "{\"NUMBER\":\"1\",\"NAME\":{\"x\":[1]},\"CRM_AUTO_CREATE\":[\"Y\"]}",
                "{\"NUMBER\":\"" + "9".repeat(100_000) + "\"}",
                "{\"NUMBER\":\"2\",\"NAME\":\"" + "n".repeat(1_000_000) + "\"}",
                "{\"a\":" + "[".repeat(600) + "]".repeat(600) + "}");
        Set<Integer> statuses = new HashSet<>();
        for (String body : bodies) {
            Reply reply = client.postJson(ADD + "?auth=" + portal.tokenA(), body);
            assertNotEquals(500, reply.status(), () -> "500 for " + body.substring(0, Math.min(40, body.length())));
            statuses.add(reply.status());
        }
        assertEquals(Set.of(200, 400), statuses);
        assertTrue(TestExternalLines.stored(portal.portal().id(), portal.appA().clientId(), "1.5").isPresent(),
                "a JSON float is PHP's string form");
    }

    /** A JSON object body gets the token as its {@code auth} key, as SDKs send it; anything else in the query. */
    private static Reply add(String token, String json) {
        if (!json.startsWith("{") || !json.endsWith("}")) {
            return client.postJson(ADD + "?auth=" + token, json);
        }
        String head = json.equals("{}") ? "{" : json.substring(0, json.length() - 1) + ",";
        return client.postJson(ADD, head + "\"auth\":\"" + token + "\"}");
    }

    private static void assertCore(Reply reply, String description) {
        assertError(reply, 400, "ERROR_CORE", description);
    }
}
