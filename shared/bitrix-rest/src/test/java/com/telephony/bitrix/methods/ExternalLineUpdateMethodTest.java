package com.telephony.bitrix.methods;

import com.telephony.bitrix.BitrixHarness;
import com.telephony.domain.extline.ExternalLine;
import com.telephony.testsupport.Reply;
import com.telephony.testsupport.TestPortal;
import com.telephony.testsupport.TestPortal.As;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.telephony.testsupport.BitrixAssertions.assertError;
import static com.telephony.testsupport.JsonFields.keys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * telephony.externalLine.update through the Bitrix24 edge over the in-memory stores: the seed's example, every row
 * of its error table in the check order, only the given fields change, application isolation, forms and auth. The
 * update racing a delete on the real engine stays in the function's test.
 */
class ExternalLineUpdateMethodTest {
    private static final String UPDATE = "/rest/telephony.externalLine.update";
    private static final String SEED_FIELDS = "\"NUMBER\":\"14151234567\",\"NAME\":\"Support Line\",\"CRM_AUTO_CREATE\":\"N\"";

    private final BitrixHarness edge = new BitrixHarness();

    /** The token in the JSON body as {@code auth}, as SDKs send it (in the query for any other body). */
    private Reply update(String token, String json) {
        return edge.postJsonWithToken(UPDATE, token, json);
    }

    private static void assertCore(Reply reply, String description) {
        assertError(reply, 400, "ERROR_CORE", description);
    }

    @Test
    void seedExampleAnswersTheLineIdAsAString() {
        TestPortal portal = edge.newPortal();
        ExternalLine line = edge.addExternalLine(portal, As.APP_A, "14151234567", "Main External Line", null);

        Reply reply = edge.postJson(UPDATE, "{" + SEED_FIELDS + ",\"auth\":\"" + portal.tokenA() + "\"}");

        assertEquals(200, reply.status(), reply::toString);
        assertEquals(List.of("result", "time"), keys(reply.json()));
        JsonNode id = reply.result().get("ID");
        assertTrue(id.isString(), "ID is a JSON string in update: " + reply);
        assertTrue(reply.text().startsWith("{\"result\":{\"ID\":\"" + line.id() + "\"},\"time\":{"), reply.text());
        ExternalLine after = edge.storedExternalLine(portal, As.APP_A, "14151234567");
        assertEquals(line.id(), after.id());
        assertEquals("Support Line", after.name());
        assertFalse(after.crmAutoCreate());
    }

    @Test
    void errorRowOneWebhookCallsAreRefused() {
        TestPortal portal = edge.newPortal();
        for (String webhook : List.of(portal.webhookPath(), portal.noPermissionWebhookPath())) {
            for (String body : List.of("{" + SEED_FIELDS + "}", "{}")) {
                assertError(edge.postJson(webhook + "telephony.externalLine.update", body), 403,
                        "WRONG_AUTH_TYPE", "Current authorization type is denied for this method");
            }
        }
    }

    @Test
    void errorRowTwoNoFieldsToUpdateComesFirst() {
        TestPortal portal = edge.newPortal();
        edge.addExternalLine(portal, As.APP_A, "14151234567", "Keep", true);
        for (String body : List.of("{\"NUMBER\":\"14151234567\"}", "{\"NUMBER\":\"14151234567\",\"NAME\":null}",
                "{\"NUMBER\":\"14151234567\",\"name\":\"x\",\"crm_auto_create\":\"N\"}", "{}", "{\"NUMBER\":\"\"}",
                "{\"NUMBER\":\"404\"}")) {
            assertCore(update(portal.tokenA(), body), "There are no fields to update");
        }
        assertEquals("Keep", edge.storedExternalLine(portal, As.APP_A, "14151234567").name());
    }

    @Test
    void errorRowThreeNumberShouldNotBeEmpty() {
        TestPortal portal = edge.newPortal();
        for (String body : List.of("{\"NAME\":\"x\"}", "{\"NUMBER\":\"\",\"NAME\":\"x\"}",
                "{\"NUMBER\":\" \\t \",\"CRM_AUTO_CREATE\":\"N\"}", "{\"NUMBER\":[\"1\"],\"NAME\":\"x\"}",
                "{\"number\":\"14151234567\",\"NAME\":\"x\"}")) {
            assertCore(update(portal.tokenA(), body), "NUMBER should not be empty");
        }
    }

    @Test
    void errorRowFourCouldNotFindLine() {
        TestPortal portal = edge.newPortal();
        assertCore(update(portal.tokenA(), "{" + SEED_FIELDS + "}"), "Could not find line with number 14151234567");
        assertCore(update(portal.tokenA(), "{\"NUMBER\":\"  555 \",\"NAME\":\"x\"}"), "Could not find line with number 555");
        String long51 = "7".repeat(51);
        assertCore(update(portal.tokenA(), "{\"NUMBER\":\"" + long51 + "\",\"NAME\":\"x\"}"),
                "Could not find line with number " + long51);
        assertTrue(edge.externalLines(portal, As.APP_A).isEmpty(), "a failed update creates nothing");
    }

    @Test
    void changesOnlyTheFieldsGiven() {
        TestPortal portal = edge.newPortal();
        ExternalLine line = edge.addExternalLine(portal, As.APP_A, "100", "Original", true);

        assertEquals(200, update(portal.tokenA(), "{\"NUMBER\":\"100\",\"CRM_AUTO_CREATE\":\"N\"}").status());
        assertEquals(new ExternalLine(line.owner(), line.id(), "100", "Original", false), edge.storedExternalLine(portal, As.APP_A, "100"));

        assertEquals(200, update(portal.tokenA(), "{\"NUMBER\":\"100\",\"NAME\":\"Renamed\"}").status());
        assertEquals(new ExternalLine(line.owner(), line.id(), "100", "Renamed", false), edge.storedExternalLine(portal, As.APP_A, "100"));

        assertEquals(200, update(portal.tokenA(), "{\"NUMBER\":\" 100 \",\"NAME\":\"\",\"CRM_AUTO_CREATE\":\"Y\"}").status(),
                "NUMBER is trimmed; an empty NAME is a change");
        assertEquals(new ExternalLine(line.owner(), line.id(), "100", "", true), edge.storedExternalLine(portal, As.APP_A, "100"));

        assertEquals(200, update(portal.tokenA(), "{\"NUMBER\":\"100\",\"CRM_AUTO_CREATE\":\"y\"}").status());
        assertFalse(edge.storedExternalLine(portal, As.APP_A, "100").crmAutoCreate(), "anything but exactly Y is N");
    }

    @Test
    void nameLongerThanItsColumnIsADbErrorOnlyForAnExistingLine() {
        TestPortal portal = edge.newPortal();
        edge.addExternalLine(portal, As.APP_A, "200", "Short", null);
        String tooLong = "n".repeat(256);
        assertCore(update(portal.tokenA(), "{\"NUMBER\":\"200\",\"NAME\":\"" + tooLong + "\"}"), "DB error");
        assertCore(update(portal.tokenA(), "{\"NUMBER\":\"201\",\"NAME\":\"" + tooLong + "\"}"),
                "Could not find line with number 201");
        assertEquals("Short", edge.storedExternalLine(portal, As.APP_A, "200").name());
        assertEquals(200, update(portal.tokenA(), "{\"NUMBER\":\"200\",\"NAME\":\"" + "n".repeat(255) + "\"}").status());
    }

    @Test
    void anApplicationCannotUpdateAnotherApplicationsLines() {
        TestPortal portal = edge.newPortal();
        edge.addExternalLine(portal, As.APP_A, "14151234567", "A's line", true);
        edge.addExternalLine(portal, As.APP_A, "300", "A only", true);
        ExternalLine ofB = edge.addExternalLine(portal, As.APP_B, "14151234567", "B's line", true);

        assertCore(update(portal.tokenB(), "{\"NUMBER\":\"300\",\"NAME\":\"hijack\"}"), "Could not find line with number 300");
        assertEquals(Long.toString(ofB.id()), update(portal.tokenB(), "{" + SEED_FIELDS + "}").result().get("ID").getStringValue());

        assertEquals("A only", edge.storedExternalLine(portal, As.APP_A, "300").name());
        assertEquals("A's line", edge.storedExternalLine(portal, As.APP_A, "14151234567").name());
        assertTrue(edge.storedExternalLine(portal, As.APP_A, "14151234567").crmAutoCreate());
        assertEquals("Support Line", edge.storedExternalLine(portal, As.APP_B, "14151234567").name());
        assertCore(update(edge.newPortal().tokenA(), "{\"NUMBER\":\"300\",\"NAME\":\"x\"}"), "Could not find line with number 300");
        assertEquals(200, update(portal.noPermissionTokenA(), "{\"NUMBER\":\"300\",\"NAME\":\"y\"}").status(),
                "any user of the application");
    }

    @Test
    void phpFormBodyBehavesLikeJson() {
        TestPortal portal = edge.newPortal();
        ExternalLine line = edge.addExternalLine(portal, As.APP_A, "14151234567", "Old", true);
        Reply form = edge.postForm(UPDATE, "NUMBER=14151234567&NAME=Support+Line&CRM_AUTO_CREATE=N&auth=" + portal.tokenA());
        assertEquals(200, form.status(), form::toString);
        assertEquals(Long.toString(line.id()), form.result().get("ID").getStringValue());
        assertEquals("Support Line", edge.storedExternalLine(portal, As.APP_A, "14151234567").name());

        assertCore(edge.postForm(UPDATE, "NUMBER=14151234567&auth=" + portal.tokenA()), "There are no fields to update");
        assertCore(edge.postForm(UPDATE, "NAME=x&auth=" + portal.tokenA()), "NUMBER should not be empty");
        assertCore(edge.postForm(UPDATE, "NUMBER=1&NAME=x&auth=" + portal.tokenA()), "Could not find line with number 1");
    }

    @Test
    void badInputNeverGivesAServerErrorAndAuthComesFirst() {
        TestPortal portal = edge.newPortal();
        edge.addExternalLine(portal, As.APP_A, "1", "x", null);
        for (String body : List.of("", "{bad", "[]", "{\"NUMBER\":1,\"NAME\":{\"a\":1}}", "{\"NUMBER\":true,\"CRM_AUTO_CREATE\":[]}",
                "{\"NUMBER\":\"" + "9".repeat(500_000) + "\",\"NAME\":\"x\"}",
                "{\"NUMBER\":\"1\",\"NAME\":\"" + "n".repeat(1_000_000) + "\"}")) {
            Reply reply = edge.postJson(UPDATE + "?auth=" + portal.tokenA(), body);
            assertTrue(reply.status() == 200 || reply.status() == 400, reply::toString);
        }
        assertError(edge.postJson(UPDATE, "{" + SEED_FIELDS + "}"), 401, "NO_AUTH_FOUND", "Wrong authorization data");
        assertError(update(portal.expiredTokenA(), "{" + SEED_FIELDS + "}"), 401, "expired_token",
                "The access token provided has expired");
    }
}
