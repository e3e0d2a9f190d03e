package com.telephony.functions.externallineupdate;

import com.telephony.domain.extline.ExternalLine;
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
import java.util.List;
import java.util.Optional;
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

/**
 * telephony.externalLine.update through the real Lambda handler on a real DynamoDB engine: the seed's
 * example, every row of its error table, the check order, application isolation and the no-resurrection guarantee.
 */
class ExternalLineUpdateHandlerTest {
    private static final String UPDATE = "/rest/telephony.externalLine.update";
    private static final String SEED_FIELDS = "\"NUMBER\":\"14151234567\",\"NAME\":\"Support Line\",\"CRM_AUTO_CREATE\":\"N\"";

    private static ExternalLineUpdateHandler handler;
    private static HandlerClient client;

    @BeforeAll
    static void start() {
        TestEnvironment.get();
        handler = new ExternalLineUpdateHandler();
        client = new HandlerClient(handler);
    }

    @AfterAll
    static void stop() {
        handler.close();
    }

    @Test
    void seedExampleAnswersTheLineIdAsAString() {
        TestPortal portal = TestEnvironment.get().newPortal();
        ExternalLine line = TestExternalLines.add(portal.tokenA(), "14151234567", "Main External Line", null);

        Reply reply = client.postJson(UPDATE, "{" + SEED_FIELDS + ",\"auth\":\"" + portal.tokenA() + "\"}");

        assertEquals(200, reply.status(), reply::toString);
        assertEquals(List.of("result", "time"), keys(reply.json()));
        JsonNode id = reply.result().get("ID");
        assertTrue(id.isString(), "ID is a JSON string in update: " + reply);
        assertEquals(Long.toString(line.id()), id.getStringValue());
        assertTrue(reply.text().startsWith("{\"result\":{\"ID\":\"" + line.id() + "\"},\"time\":{"), reply.text());
        assertEquals(new Stored(line.id(), "14151234567", "Support Line", "N"), stored(portal, "14151234567").orElseThrow());
    }

    @Test
    void errorRowOneWebhookCallsAreRefused() {
        TestPortal portal = TestEnvironment.get().newPortal();
        for (String webhook : List.of(portal.webhookPath(), portal.noPermissionWebhookPath())) {
            assertError(client.postJson(webhook + "telephony.externalLine.update", "{" + SEED_FIELDS + "}"), 403,
                    "WRONG_AUTH_TYPE", "Current authorization type is denied for this method");
            assertError(client.postJson(webhook + "telephony.externalLine.update", "{}"), 403,
                    "WRONG_AUTH_TYPE", "Current authorization type is denied for this method");
        }
    }

    @Test
    void errorRowTwoNoFieldsToUpdate() {
        TestPortal portal = TestEnvironment.get().newPortal();
        TestExternalLines.add(portal.tokenA(), "14151234567", "Keep", "Y");
        for (String body : List.of("{\"NUMBER\":\"14151234567\"}", "{\"NUMBER\":\"14151234567\",\"NAME\":null}",
                "{\"NUMBER\":\"14151234567\",\"name\":\"x\",\"crm_auto_create\":\"N\"}", "{}", "{\"NUMBER\":\"\"}",
                "{\"NUMBER\":\"404\"}")) {
            assertCore(update(portal.tokenA(), body), "There are no fields to update");
        }
        assertEquals("Keep", stored(portal, "14151234567").orElseThrow().name());
    }

    @Test
    void errorRowThreeNumberShouldNotBeEmpty() {
        TestPortal portal = TestEnvironment.get().newPortal();
        for (String body : List.of("{\"NAME\":\"x\"}", "{\"NUMBER\":\"\",\"NAME\":\"x\"}",
                "{\"NUMBER\":\" \\t \",\"CRM_AUTO_CREATE\":\"N\"}", "{\"NUMBER\":[\"1\"],\"NAME\":\"x\"}",
                "{\"number\":\"14151234567\",\"NAME\":\"x\"}")) {
            assertCore(update(portal.tokenA(), body), "NUMBER should not be empty");
        }
    }

    @Test
    void errorRowFourCouldNotFindLine() {
        TestPortal portal = TestEnvironment.get().newPortal();
        assertCore(update(portal.tokenA(), "{" + SEED_FIELDS + "}"), "Could not find line with number 14151234567");
        assertCore(update(portal.tokenA(), "{\"NUMBER\":\"  555 \",\"NAME\":\"x\"}"), "Could not find line with number 555");
        String long51 = "7".repeat(51);
        assertCore(update(portal.tokenA(), "{\"NUMBER\":\"" + long51 + "\",\"NAME\":\"x\"}"),
                "Could not find line with number " + long51);
        assertTrue(TestExternalLines.stored(portal.portal().id(), portal.appA().clientId()).isEmpty(),
                "a failed update creates nothing");
    }

    @Test
    void changesOnlyTheFieldsGiven() {
        TestPortal portal = TestEnvironment.get().newPortal();
        ExternalLine line = TestExternalLines.add(portal.tokenA(), "100", "Original", "Y");

        assertEquals(200, update(portal.tokenA(), "{\"NUMBER\":\"100\",\"CRM_AUTO_CREATE\":\"N\"}").status());
        assertEquals(new Stored(line.id(), "100", "Original", "N"), stored(portal, "100").orElseThrow());

        assertEquals(200, update(portal.tokenA(), "{\"NUMBER\":\"100\",\"NAME\":\"Renamed\"}").status());
        assertEquals(new Stored(line.id(), "100", "Renamed", "N"), stored(portal, "100").orElseThrow());

        assertEquals(200, update(portal.tokenA(), "{\"NUMBER\":\" 100 \",\"NAME\":\"\",\"CRM_AUTO_CREATE\":\"Y\"}").status(),
                "NUMBER is trimmed; an empty NAME is a change");
        assertEquals(new Stored(line.id(), "100", "", "Y"), stored(portal, "100").orElseThrow());

        assertEquals(200, update(portal.tokenA(), "{\"NUMBER\":\"100\",\"CRM_AUTO_CREATE\":\"y\"}").status());
        assertEquals("N", stored(portal, "100").orElseThrow().crmAutoCreate(), "anything but exactly Y is N");
    }

    @Test
    void nameLongerThanItsColumnIsADbErrorOnlyForAnExistingLine() {
        TestPortal portal = TestEnvironment.get().newPortal();
        TestExternalLines.add(portal.tokenA(), "200", "Short", null);
        String tooLong = "n".repeat(256);
        assertCore(update(portal.tokenA(), "{\"NUMBER\":\"200\",\"NAME\":\"" + tooLong + "\"}"), "DB error");
        assertCore(update(portal.tokenA(), "{\"NUMBER\":\"201\",\"NAME\":\"" + tooLong + "\"}"),
                "Could not find line with number 201");
        assertEquals("Short", stored(portal, "200").orElseThrow().name());
        assertEquals(200, update(portal.tokenA(), "{\"NUMBER\":\"200\",\"NAME\":\"" + "n".repeat(255) + "\"}").status());
    }

    @Test
    void anApplicationCannotUpdateAnotherApplicationsLines() {
        TestPortal portal = TestEnvironment.get().newPortal();
        TestExternalLines.add(portal.tokenA(), "14151234567", "A's line", "Y");
        TestExternalLines.add(portal.tokenA(), "300", "A only", "Y");
        ExternalLine linesB = TestExternalLines.add(portal.tokenB(), "14151234567", "B's line", "Y");

        assertCore(update(portal.tokenB(), "{\"NUMBER\":\"300\",\"NAME\":\"hijack\"}"), "Could not find line with number 300");
        Reply reply = update(portal.tokenB(), "{" + SEED_FIELDS + "}");
        assertEquals(Long.toString(linesB.id()), reply.result().get("ID").getStringValue());

        assertEquals("A only", stored(portal, "300").orElseThrow().name());
        assertEquals("A's line", stored(portal, "14151234567").orElseThrow().name());
        assertEquals("Y", stored(portal, "14151234567").orElseThrow().crmAutoCreate());
        assertEquals("Support Line", TestExternalLines.stored(portal.portal().id(), portal.appB().clientId(), "14151234567")
                .orElseThrow().name());
        TestPortal other = TestEnvironment.get().newPortal();
        assertCore(update(other.tokenA(), "{\"NUMBER\":\"300\",\"NAME\":\"x\"}"), "Could not find line with number 300");
    }

    @Test
    void anyUserOfTheApplicationMayUpdate() {
        TestPortal portal = TestEnvironment.get().newPortal();
        TestExternalLines.add(portal.tokenA(), "400", "x", null);
        assertEquals(200, update(portal.noPermissionTokenA(), "{\"NUMBER\":\"400\",\"NAME\":\"y\"}").status());
    }

    @Test
    void phpFormBodyBehavesLikeJson() {
        TestPortal portal = TestEnvironment.get().newPortal();
        ExternalLine line = TestExternalLines.add(portal.tokenA(), "14151234567", "Old", "Y");
        Reply form = client.postForm(UPDATE,
                "NUMBER=14151234567&NAME=Support+Line&CRM_AUTO_CREATE=N&auth=" + portal.tokenA());
        assertEquals(200, form.status(), form::toString);
        assertTrue(form.result().get("ID").isString(), form::toString);
        assertEquals(Long.toString(line.id()), form.result().get("ID").getStringValue());
        assertEquals(new Stored(line.id(), "14151234567", "Support Line", "N"), stored(portal, "14151234567").orElseThrow());

        assertCore(client.postForm(UPDATE, "NUMBER=14151234567&auth=" + portal.tokenA()), "There are no fields to update");
        assertCore(client.postForm(UPDATE, "NAME=x&auth=" + portal.tokenA()), "NUMBER should not be empty");
        assertCore(client.postForm(UPDATE, "NUMBER=1&NAME=x&auth=" + portal.tokenA()), "Could not find line with number 1");
    }

    /** Update and delete race on the same line many times: once the delete has returned, the line stays gone. */
    @Test
    void aConcurrentUpdateNeverBringsADeletedLineBack() throws Exception {
        TestPortal portal = TestEnvironment.get().newPortal();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 15; round++) {
                String number = "race" + round;
                TestExternalLines.add(portal.tokenA(), number, "before", "Y");
                CountDownLatch go = new CountDownLatch(1);
                Future<Reply> update = pool.submit(() -> {
                    go.await();
                    return update(portal.tokenA(), "{\"NUMBER\":\"" + number + "\",\"NAME\":\"after\"}");
                });
                Future<?> delete = pool.submit(() -> {
                    go.await();
                    TestExternalLines.delete(portal.tokenA(), number);
                    return null;
                });
                go.countDown();
                delete.get();
                Reply reply = update.get();
                assertTrue(reply.status() == 200
                        || reply.text().contains("Could not find line with number " + number), reply::toString);
                assertEquals(Optional.empty(), stored(portal, number), "round " + round + ": " + reply);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void badInputNeverGivesAServerError() {
        TestPortal portal = TestEnvironment.get().newPortal();
        TestExternalLines.add(portal.tokenA(), "1", "x", null);
        for (String body : List.of("", "{bad", "[]", "{\"NUMBER\":1,\"NAME\":{\"a\":1}}", "{\"NUMBER\":true,\"CRM_AUTO_CREATE\":[]}",
                "{\"NUMBER\":\"" + "9".repeat(500_000) + "\",\"NAME\":\"x\"}",
                "{\"NUMBER\":\"1\",\"NAME\":\"" + "n".repeat(1_000_000) + "\"}")) {
            Reply reply = client.postJson(UPDATE + "?auth=" + portal.tokenA(), body);
            assertNotEquals(500, reply.status(), reply::toString);
            assertTrue(reply.status() == 200 || reply.status() == 400, reply::toString);
        }
        assertError(client.postJson(UPDATE, "{" + SEED_FIELDS + "}"), 401, "NO_AUTH_FOUND", "Wrong authorization data");
        assertError(update(portal.expiredTokenA(), "{" + SEED_FIELDS + "}"), 401, "expired_token",
                "The access token provided has expired");
    }

    private static Optional<Stored> stored(TestPortal portal, String number) {
        return TestExternalLines.stored(portal.portal().id(), portal.appA().clientId(), number);
    }

    /** The token goes in the JSON body as {@code auth}, as SDKs send it. */
    private static Reply update(String token, String json) {
        String head = json.equals("{}") ? "{" : json.substring(0, json.length() - 1) + ",";
        return client.postJson(UPDATE, head + "\"auth\":\"" + token + "\"}");
    }

    private static void assertCore(Reply reply, String description) {
        assertError(reply, 400, "ERROR_CORE", description);
    }
}
