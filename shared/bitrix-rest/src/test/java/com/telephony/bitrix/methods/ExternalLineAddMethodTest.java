package com.telephony.bitrix.methods;

import com.telephony.bitrix.BitrixHarness;
import com.telephony.domain.extline.ExternalLine;
import com.telephony.testsupport.Reply;
import com.telephony.testsupport.TestPortal;
import com.telephony.testsupport.TestPortal.As;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.telephony.testsupport.BitrixAssertions.assertError;
import static com.telephony.testsupport.JsonFields.keys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * telephony.externalLine.add through the Bitrix24 edge over the in-memory stores: the answer, the defaults, the
 * number's rules (trimmed, unique per application, column lengths), application isolation, forms and auth. The
 * parallel adds on the real engine stay in the function's test.
 */
class ExternalLineAddMethodTest {
    private static final String ADD = "/rest/telephony.externalLine.add";

    private final BitrixHarness edge = new BitrixHarness();

    /** The token in the JSON body as {@code auth}, as SDKs send it (in the query for any other body). */
    private Reply add(String token, String json) {
        return edge.postJsonWithToken(ADD, token, json);
    }

    private static void assertCore(Reply reply, String description) {
        assertError(reply, 400, "ERROR_CORE", description);
    }

    @Test
    void documentedExampleAnswersANumericIdAndStoresTheLine() {
        TestPortal portal = edge.newPortal();
        Reply reply = edge.postJson(ADD,
                "{\"NUMBER\":\"14151234567\",\"NAME\":\"Support Line\",\"CRM_AUTO_CREATE\":\"N\",\"auth\":\"" + portal.tokenA() + "\"}");

        assertEquals(200, reply.status(), reply::toString);
        assertEquals(List.of("result", "time"), keys(reply.json()));
        assertEquals(List.of("ID"), keys(reply.result()));
        JsonNode id = reply.result().get("ID");
        assertTrue(id.isNumber(), "ID is a JSON number in add: " + reply);
        assertTrue(reply.text().matches("\\{\"result\":\\{\"ID\":\\d+},\"time\":\\{.*"), reply.text());
        ExternalLine line = edge.storedExternalLine(portal, As.APP_A, "14151234567");
        assertEquals(id.getNumberValue().longValue(), line.id());
        assertEquals("Support Line", line.name());
        assertEquals(false, line.crmAutoCreate());
    }

    @Test
    void defaultsAreEmptyNameAndAutoCreateY() {
        TestPortal portal = edge.newPortal();
        assertEquals(200, add(portal.tokenA(), "{\"NUMBER\":\"100\"}").status());
        assertEquals("", edge.storedExternalLine(portal, As.APP_A, "100").name());
        assertTrue(edge.storedExternalLine(portal, As.APP_A, "100").crmAutoCreate());
    }

    @Test
    void anyAutoCreateValueButExactlyYIsStoredAsN() {
        TestPortal portal = edge.newPortal();
        Map<String, Boolean> expected = new LinkedHashMap<>();
        expected.put("\"Y\"", true);
        expected.put("\"N\"", false);
        expected.put("\"y\"", false);
        expected.put("\"\"", false);
        expected.put("\"YES\"", false);
        expected.put("1", false);
        expected.put("true", false);
        expected.put("null", true);
        int number = 200;
        for (Map.Entry<String, Boolean> value : expected.entrySet()) {
            String digits = Integer.toString(number++);
            Reply reply = add(portal.tokenA(), "{\"NUMBER\":\"" + digits + "\",\"CRM_AUTO_CREATE\":" + value.getKey() + "}");
            assertEquals(200, reply.status(), reply::toString);
            assertEquals(value.getValue(), edge.storedExternalLine(portal, As.APP_A, digits).crmAutoCreate(), "CRM_AUTO_CREATE " + value.getKey());
        }
    }

    @Test
    void numberIsTrimmedAndUniquePerApplication() {
        TestPortal portal = edge.newPortal();
        assertEquals(200, add(portal.tokenA(), "{\"NUMBER\":\" \\t74951234567\\n \"}").status());
        assertEquals("74951234567", edge.externalLines(portal, As.APP_A).get(0).number());

        assertCore(add(portal.tokenA(), "{\"NUMBER\":\"74951234567\",\"NAME\":\"again\"}"), "Line already exists");
        assertCore(add(portal.tokenA(), "{\"NUMBER\":\"  74951234567 \"}"), "Line already exists");
        assertEquals(200, add(portal.tokenA(), "{\"NUMBER\":\"74951234567 1\"}").status(), "another number");

        Reply appB = add(portal.tokenB(), "{\"NUMBER\":\"74951234567\",\"NAME\":\"B's\"}");
        assertEquals(200, appB.status(), "the same number may exist under another application: " + appB);
        assertEquals(200, add(edge.newPortal().tokenA(), "{\"NUMBER\":\"74951234567\"}").status(), "and in another portal");
        assertEquals("B's", edge.storedExternalLine(portal, As.APP_B, "74951234567").name());
        assertEquals("", edge.storedExternalLine(portal, As.APP_A, "74951234567").name(), "app A's line is untouched by app B's add");
    }

    @Test
    void missingOrBlankNumber() {
        TestPortal portal = edge.newPortal();
        for (String body : List.of("{}", "{\"NUMBER\":\"\"}", "{\"NUMBER\":\"  \\t\"}", "{\"NUMBER\":null}",
                "{\"NUMBER\":[\"1\"]}", "{\"NUMBER\":{\"a\":\"1\"}}", "{\"number\":\"123\"}", "{\"Number\":\"123\"}",
                "{\"NAME\":\"no number\"}", "{not json")) {
            assertCore(add(portal.tokenA(), body), "NUMBER should not be empty");
        }
        assertTrue(edge.externalLines(portal, As.APP_A).isEmpty());
    }

    @Test
    void numberSentAsJsonNumberIsStoredAsItsText() {
        TestPortal portal = edge.newPortal();
        assertEquals(200, add(portal.tokenA(), "{\"NUMBER\":14151234567}").status());
        assertEquals(200, add(portal.tokenA(), "{\"NUMBER\":1.50}").status());
        assertEquals(List.of("14151234567", "1.5"), edge.externalLines(portal, As.APP_A).stream().map(ExternalLine::number).toList(),
                "a JSON float is PHP's string form");
    }

    @Test
    void numberAndNameLongerThanTheirColumnsAreADbError() {
        TestPortal portal = edge.newPortal();
        String fifty = "5".repeat(50);
        assertEquals(200, add(portal.tokenA(), "{\"NUMBER\":\"" + fifty + "\"}").status());
        assertCore(add(portal.tokenA(), "{\"NUMBER\":\"" + fifty + "5\"}"), "DB error");
        assertEquals(200, add(portal.tokenA(), "{\"NUMBER\":\"" + "\uD83D\uDCDE".repeat(50) + "\"}").status(),
                "characters, not UTF-16 units");

        assertEquals(200, add(portal.tokenA(), "{\"NUMBER\":\"300\",\"NAME\":\"" + "n".repeat(255) + "\"}").status());
        assertCore(add(portal.tokenA(), "{\"NUMBER\":\"301\",\"NAME\":\"" + "n".repeat(256) + "\"}"), "DB error");
        assertCore(add(portal.tokenA(), "{\"NUMBER\":\"300\",\"NAME\":\"" + "n".repeat(256) + "\"}"), "Line already exists");
        assertTrue(edge.findExternalLine(portal, As.APP_A, "301").isEmpty());
    }

    @Test
    void phpFormBodyAndQueryStringBehaveLikeJson() {
        TestPortal portal = edge.newPortal();
        Reply form = edge.postForm(ADD, "auth=" + portal.tokenA() + "&NUMBER=+78001234567+&NAME=Form+Line&CRM_AUTO_CREATE=N");
        Reply json = add(portal.tokenA(), "{\"NUMBER\":\"78007654321\",\"NAME\":\"Form Line\",\"CRM_AUTO_CREATE\":\"N\"}");

        assertEquals(200, form.status(), form::toString);
        assertTrue(form.result().get("ID").isNumber());
        assertEquals(keys(json.json()), keys(form.json()));
        assertEquals("Form Line", edge.storedExternalLine(portal, As.APP_A, "78001234567").name());
        assertEquals(false, edge.storedExternalLine(portal, As.APP_A, "78001234567").crmAutoCreate());
        assertCore(edge.postForm(ADD, "auth=" + portal.tokenA() + "&NUMBER=78001234567"), "Line already exists");
        assertCore(edge.postForm(ADD, "auth=" + portal.tokenA() + "&NUMBER[]=1"), "NUMBER should not be empty");
        assertEquals(200, edge.get(ADD, "auth=" + portal.tokenA() + "&NUMBER=78000000001").status(), "GET works too");
    }

    @Test
    void idsArePortalWideAndIncreasing() {
        TestPortal portal = edge.newPortal();
        long first = add(portal.tokenA(), "{\"NUMBER\":\"1\"}").result().get("ID").getNumberValue().longValue();
        long second = add(portal.tokenB(), "{\"NUMBER\":\"1\"}").result().get("ID").getNumberValue().longValue();
        long third = add(portal.tokenA(), "{\"NUMBER\":\"2\"}").result().get("ID").getNumberValue().longValue();
        assertTrue(first > 0 && first < second && second < third, first + " " + second + " " + third);
    }

    @Test
    void webhooksAreRefusedWithWrongAuthTypeAndAnyUserOfTheApplicationMayAdd() {
        TestPortal portal = edge.newPortal();
        for (String webhook : List.of(portal.webhookPath(), portal.otherWebhookPath(), portal.noPermissionWebhookPath())) {
            assertError(edge.postJson(webhook + "telephony.externalLine.add", "{\"NUMBER\":\"14151234567\"}"), 403,
                    "WRONG_AUTH_TYPE", "Current authorization type is denied for this method");
        }
        assertError(edge.postJson(portal.webhookPath() + "telephony.externalLine.add.json", "{}"), 403,
                "WRONG_AUTH_TYPE", "Current authorization type is denied for this method");
        assertError(edge.postJson(portal.noScopeWebhookPath() + "telephony.externalLine.add", "{}"), 403,
                "insufficient_scope", "The request requires higher privileges than provided by the webhook token");
        assertTrue(edge.externalLines(portal, As.WEBHOOK).isEmpty(), "nothing stored for webhooks");

        Reply reply = add(portal.noPermissionTokenA(), "{\"NUMBER\":\"999\"}");
        assertEquals(200, reply.status(), "no line permission is needed: " + reply);
        assertTrue(edge.findExternalLine(portal, As.APP_A, "999").isPresent());
    }

    @Test
    void authenticationFailures() {
        TestPortal portal = edge.newPortal();
        assertError(edge.postJson(ADD, "{\"NUMBER\":\"1\"}"), 401, "NO_AUTH_FOUND", "Wrong authorization data");
        assertError(add(portal.expiredTokenA(), "{\"NUMBER\":\"1\"}"), 401, "expired_token",
                "The access token provided has expired");
        assertError(add("no-such-token", "{\"NUMBER\":\"1\"}"), 401, "invalid_token", "The access token provided is invalid");
    }

    @Test
    void badInputNeverGivesAServerError() {
        TestPortal portal = edge.newPortal();
        List<String> bodies = List.of("", "[1,2]", "null", "\"text\"", "{\"NUMBER\":true}",
                "{\"NUMBER\":\"1\",\"NAME\":{\"x\":[1]},\"CRM_AUTO_CREATE\":[\"Y\"]}",
                "{\"NUMBER\":\"" + "9".repeat(100_000) + "\"}",
                "{\"NUMBER\":\"2\",\"NAME\":\"" + "n".repeat(1_000_000) + "\"}",
                "{\"a\":" + "[".repeat(600) + "]".repeat(600) + "}");
        Set<Integer> statuses = new HashSet<>();
        for (String body : bodies) {
            Reply reply = edge.postJson(ADD + "?auth=" + portal.tokenA(), body);
            assertNotEquals(500, reply.status(), () -> "500 for " + body.substring(0, Math.min(40, body.length())));
            statuses.add(reply.status());
        }
        assertEquals(Set.of(200, 400), statuses);
    }
}
