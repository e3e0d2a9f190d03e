package com.telephony.bitrix.methods;

import com.telephony.bitrix.BitrixHarness;
import com.telephony.testsupport.Reply;
import com.telephony.testsupport.TestPortal;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static com.telephony.testsupport.BitrixAssertions.assertError;
import static com.telephony.testsupport.JsonFields.keys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * voximplant.sip.add through the Bitrix24 edge over the in-memory stores: the answer's fields and types, the
 * field rules and their messages, the cloud limit and title uniqueness, auth, URL forms and odd input. The
 * function's own test keeps what needs the real handler and engine (event file, wiring, races).
 */
class SipAddMethodTest {
    private static final String SEED_BODY =
            "{\"TYPE\":\"cloud\",\"TITLE\":\"SIP line 1\",\"SERVER\":\"sip.provider.com\",\"LOGIN\":\"sip_user\",\"PASSWORD\":\"secret\"}";

    private final BitrixHarness edge = new BitrixHarness();

    private static String add(TestPortal portal) {
        return portal.webhookPath() + "voximplant.sip.add";
    }

    private static String line(String type, String title) {
        return "{\"TYPE\":\"" + type + "\",\"TITLE\":\"" + title + "\",\"SERVER\":\"sip.example.com\",\"LOGIN\":\"user\",\"PASSWORD\":\"pw\"}";
    }

    private static String withAuth(String json, String token) {
        return json.substring(0, json.length() - 1) + ",\"auth\":\"" + token + "\"}";
    }

    @Test
    void seedExampleCreatesACloudLineWithDocumentedTypes() {
        TestPortal portal = edge.newPortal();
        Reply reply = edge.postJson(add(portal), SEED_BODY);

        assertEquals(200, reply.status(), reply::toString);
        JsonNode result = reply.result();
        assertTrue(result.get("CONFIG_ID").isString());
        assertTrue(result.get("CONFIG_ID").getStringValue().matches("\\d+"), reply::toString);
        assertTrue(result.get("ID").isString());
        assertTrue(result.get("REG_ID").isNumber(), "REG_ID is a JSON number in sip.add");
        assertEquals("cloud", result.get("TYPE").getStringValue());
        assertEquals("SIP line 1", result.get("TITLE").getStringValue());
        assertEquals("sip.provider.com", result.get("SERVER").getStringValue());
        assertEquals("secret", result.get("PASSWORD").getStringValue());
        assertTrue(result.get("AUTH_USER").isNull());
        assertTrue(result.get("OUTBOUND_PROXY").isNull());
        assertEquals("N", result.get("DETECT_LINE_NUMBER").getStringValue());
        assertEquals("diversion;to", result.get("LINE_DETECT_HEADER_ORDER").getStringValue());
        assertTrue(result.get("REGISTRATION_STATUS_CODE").isNull());
        assertTrue(result.get("REGISTRATION_ERROR_MESSAGE").isNull());
        assertNull(result.get("INCOMING_SERVER"), "cloud lines have no INCOMING_*");
        assertNull(result.get("APP_ID"));

        JsonNode time = reply.json().get("time");
        assertTrue(time.get("start").getNumberValue() instanceof Integer || time.get("start").getNumberValue() instanceof Long,
                "time.start is an integer");
        assertTrue(time.get("finish").getNumberValue().doubleValue() >= time.get("start").getNumberValue().longValue());
        assertTrue(time.get("processing").isNumber());
        assertTrue(Pattern.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d",
                time.get("date_start").getStringValue()), time.toString());
        assertEquals(time.get("start").getNumberValue().longValue() + 600,
                time.get("operating_reset_at").getNumberValue().longValue());
    }

    @Test
    void phpStyleFormBodyGivesTheSameAnswerAsJson() {
        TestPortal portal = edge.newPortal();
        Reply json = edge.postJson(add(portal), SEED_BODY.replace("SIP line 1", "Line J"));
        Reply form = edge.postForm(add(portal), "TYPE=cloud&TITLE=Line+F&SERVER=sip.provider.com&LOGIN=sip_user&PASSWORD=secret");

        assertEquals(200, form.status(), form::toString);
        JsonNode a = json.result();
        JsonNode b = form.result();
        for (String field : List.of("TYPE", "SERVER", "LOGIN", "PASSWORD", "DETECT_LINE_NUMBER",
                "LINE_DETECT_HEADER_ORDER", "AUTH_USER", "REGISTRATION_STATUS_CODE")) {
            assertEquals(a.get(field), b.get(field), field);
        }
        assertEquals("Line F", b.get("TITLE").getStringValue());
        assertTrue(b.get("REG_ID").isNumber());
        assertEquals(keys(a), keys(b), "same fields in the same order");
    }

    @Test
    void officeLineGetsGeneratedIncomingCredentialsAndNoRegId() {
        TestPortal portal = edge.newPortal();
        Reply reply = edge.postJson(add(portal),
                "{\"TYPE\":\"office\",\"TITLE\":\"Office PBX 1\",\"SERVER\":\"office.provider.local\",\"LOGIN\":\"office_user\",\"PASSWORD\":\"secret\"}");

        assertEquals(200, reply.status(), reply::toString);
        JsonNode result = reply.result();
        assertEquals("office", result.get("TYPE").getStringValue());
        assertNull(result.get("REG_ID"));
        assertEquals("sip" + result.get("CONFIG_ID").getStringValue(), result.get("INCOMING_LOGIN").getStringValue());
        assertTrue(result.get("INCOMING_PASSWORD").getStringValue().matches("[0-9a-f]{32}"));
        assertTrue(result.get("INCOMING_SERVER").getStringValue().matches("ip\\.[a-z0-9-]+\\.bitrixphone\\.com"));
        assertTrue(result.get("REGISTRATION_STATUS_CODE").isNull());
    }

    @Test
    void defaultsAndNormalisation() {
        TestPortal portal = edge.newPortal();
        Reply reply = edge.postJson(add(portal), "{\"server\":\"  https://pbx.example.com \",\"login\":\" user \",\"type\":\"Cloud\"}");

        assertEquals(200, reply.status(), reply::toString);
        assertEquals("cloud", reply.result().get("TYPE").getStringValue());
        assertEquals("pbx.example.com", reply.result().get("SERVER").getStringValue());
        assertEquals("user", reply.result().get("LOGIN").getStringValue());
        assertEquals("", reply.result().get("TITLE").getStringValue());
        assertTrue(reply.result().get("PASSWORD").isNull(), "no password given: stored NULL");
    }

    @Test
    void tenCloudLinesAtMostAndOfficeLinesUnlimited() {
        TestPortal portal = edge.newPortal();
        for (int i = 0; i < 10; i++) {
            assertEquals(200, edge.postJson(add(portal), line("cloud", "c" + i)).status());
        }
        Reply eleventh = edge.postJson(add(portal), line("cloud", "c10"));
        assertEquals(400, eleventh.status(), eleventh::toString);
        assertEquals("MAX_CLOUD_PBX", eleventh.error());
        assertEquals("You cannot connect more than 10 virtual PBXs.", eleventh.errorDescription());
        assertEquals(200, edge.postJson(add(portal), line("office", "office after limit")).status(), "office lines are not limited");
    }

    @Test
    void cloudLimitCountsEveryApplicationOfThePortal() {
        TestPortal portal = edge.newPortal();
        for (int i = 0; i < 5; i++) {
            assertEquals(200, edge.postJson(add(portal), line("cloud", "w" + i)).status());
            assertEquals(200, edge.postJson("/rest/voximplant.sip.add?auth=" + portal.tokenA(), line("cloud", "a" + i)).status());
        }
        Reply eleventh = edge.postJson("/rest/voximplant.sip.add", withAuth(line("cloud", "b"), portal.tokenB()));
        assertEquals("MAX_CLOUD_PBX", eleventh.error(), eleventh::toString);
    }

    @Test
    void titlesAreUniqueAcrossApplicationsButNotAcrossPortals() {
        TestPortal portal = edge.newPortal();
        TestPortal other = edge.newPortal();
        assertEquals(200, edge.postJson(add(portal), line("office", "Shared")).status());
        Reply viaApp = edge.postJson("/rest/voximplant.sip.add", withAuth(line("office", "shared "), portal.tokenA()));
        assertEquals(400, viaApp.status(), viaApp::toString);
        assertEquals("TITLE_EXISTS", viaApp.error(), viaApp::toString);
        assertEquals("The specified connection name is already registered in the system", viaApp.errorDescription());
        assertEquals(200, edge.postJson(add(other), line("office", "Shared")).status());
    }

    @Test
    void cloudLimitIsReportedBeforeDuplicateTitleAndFieldErrorsBeforeBoth() {
        TestPortal portal = edge.newPortal();
        for (int i = 0; i < 10; i++) {
            assertEquals(200, edge.postJson(add(portal), line("cloud", "c" + i)).status());
        }
        assertEquals("MAX_CLOUD_PBX", edge.postJson(add(portal), line("cloud", "c1")).error());
        Reply badServer = edge.postJson(add(portal), "{\"TITLE\":\"c1\",\"SERVER\":\"http://\",\"LOGIN\":\"x\"}");
        assertEquals("CHECK_FIELDS_ERROR", badServer.error());
        assertEquals("Server address not specified", badServer.errorDescription());
    }

    @Test
    void passwordOfHundredCharactersPassesAndOfHundredOneFails() {
        TestPortal portal = edge.newPortal();
        String hundred = "p".repeat(100);
        Reply ok = edge.postJson(add(portal), "{\"SERVER\":\"s\",\"LOGIN\":\"l\",\"PASSWORD\":\"" + hundred + "\"}");
        assertEquals(200, ok.status(), ok::toString);
        assertEquals(hundred, ok.result().get("PASSWORD").getStringValue());

        Reply tooLong = edge.postJson(add(portal), "{\"SERVER\":\"s\",\"LOGIN\":\"l\",\"PASSWORD\":\"" + hundred + "p\"}");
        assertError(tooLong, 400, "CHECK_FIELDS_ERROR", "Password for connecting to the server cannot exceed 100 characters");
        assertNull(tooLong.json().get("time"), "errors carry no time block");
    }

    @Test
    void missingServerAndLoginGiveOneErrorWithBothMessages() {
        TestPortal portal = edge.newPortal();
        assertError(edge.postJson(add(portal), "{\"TITLE\":\"x\"}"), 400, "CHECK_FIELDS_ERROR",
                "Server address not specified<br> Login for connecting to the server not specified");
    }

    @Test
    void serverAndLoginLongerThanHundredAreRejected() {
        TestPortal portal = edge.newPortal();
        Reply reply = edge.postJson(add(portal), "{\"SERVER\":\"https://" + "s".repeat(101) + "\",\"LOGIN\":\"" + "l".repeat(101) + "\"}");
        assertError(reply, 400, "CHECK_FIELDS_ERROR",
                "Server address cannot exceed 100 characters<br> Login for connecting to the server cannot exceed 100 characters");
        Reply hundred = edge.postJson(add(portal), "{\"SERVER\":\"https://" + "s".repeat(100) + "\",\"LOGIN\":\"" + "l".repeat(100) + "\"}");
        assertEquals(200, hundred.status(), "http(s):// does not count: " + hundred);
    }

    @Test
    void authenticationFailures() {
        TestPortal portal = edge.newPortal();
        String wrongCode = portal.webhookPath().replaceAll("/rest/1/[^/]+/", "/rest/1/wrongcode123/") + "voximplant.sip.add";
        assertError(edge.postJson(wrongCode, SEED_BODY), 401, "INVALID_CREDENTIALS", "Invalid request credentials");
        String otherUser = portal.webhookPath().replace("/rest/1/", "/rest/2/") + "voximplant.sip.add";
        assertError(edge.postJson(otherUser, SEED_BODY), 401, "INVALID_CREDENTIALS", "Invalid request credentials");
        assertError(edge.postJson("/rest/voximplant.sip.add", SEED_BODY), 401, "NO_AUTH_FOUND", "Wrong authorization data");
        assertError(edge.postJson("/rest/voximplant.sip.add", withAuth(SEED_BODY, "not-a-token")), 401,
                "invalid_token", "The access token provided is invalid");
        assertError(edge.postJson("/rest/voximplant.sip.add", withAuth(SEED_BODY, portal.expiredTokenA())), 401,
                "expired_token", "The access token provided has expired");
    }

    @Test
    void authorizationFailures() {
        TestPortal portal = edge.newPortal();
        assertError(edge.postJson(portal.noPermissionWebhookPath() + "voximplant.sip.add", SEED_BODY), 403,
                "ACCESS_DENIED", "Access denied!");
        assertError(edge.postJson("/rest/voximplant.sip.add", withAuth(SEED_BODY, portal.noPermissionTokenA())), 403,
                "ACCESS_DENIED", "Access denied!");
        assertError(edge.postJson(portal.noScopeWebhookPath() + "voximplant.sip.add", SEED_BODY), 403,
                "insufficient_scope", "The request requires higher privileges than provided by the webhook token");
    }

    @Test
    void unknownMethodIsNotFoundBeforeAnyAuth() {
        assertError(edge.postJson("/rest/voximplant.sip.nothing", "{}"), 404, "ERROR_METHOD_NOT_FOUND", "Method not found!");
        assertError(edge.postJson("/rest/1/whatever/voximplant.sip.add.php", "{}"), 404, "ERROR_METHOD_NOT_FOUND",
                "Method not found!");
    }

    @Test
    void urlFormsSuffixesAndLetterCase() {
        TestPortal portal = edge.newPortal();
        assertEquals(200, edge.postJson(portal.webhookPath() + "voximplant.sip.add.json", line("office", "j")).status());
        assertEquals(200, edge.postJson(portal.webhookPath() + "VoxImplant.SIP.Add/", line("office", "k")).status());
        assertEquals(200, edge.get(portal.webhookPath() + "voximplant.sip.add", "TYPE=office&TITLE=get&SERVER=s&LOGIN=l").status());
        assertEquals(200, edge.postJson("/rest/voximplant.sip.add.json?auth=" + portal.tokenA(), line("office", "q")).status());
        Reply form = edge.postForm("/rest/voximplant.sip.add", "auth=" + portal.tokenA() + "&SERVER=s&LOGIN=l&TYPE=office");
        assertEquals(200, form.status(), form::toString);
        Reply xml = edge.postJson(portal.webhookPath() + "voximplant.sip.add.xml", line("office", "x"));
        assertEquals(200, xml.status());
        assertTrue(xml.text().startsWith("<?xml") && xml.text().contains("<TYPE>office</TYPE>"), xml.text());
    }

    @Test
    void bodyValuesOverrideQueryValues() {
        TestPortal portal = edge.newPortal();
        Reply reply = edge.postJson(add(portal) + "?SERVER=query.example&LOGIN=q&TYPE=office", "{\"SERVER\":\"body.example\"}");
        assertEquals(200, reply.status(), reply::toString);
        assertEquals("body.example", reply.result().get("SERVER").getStringValue());
        assertEquals("q", reply.result().get("LOGIN").getStringValue());
    }

    @Test
    void badInputNeverGivesAServerError() {
        TestPortal portal = edge.newPortal();
        List<String> bodies = List.of(
                "{not json", "", "[1,2,3]", "null", "\"text\"",
                "{\"SERVER\":{\"a\":1},\"LOGIN\":[1,2]}",
                "{\"SERVER\":123,\"LOGIN\":true,\"PASSWORD\":false,\"TITLE\":null,\"TYPE\":7}",
                "{\"SERVER\":\"s\",\"LOGIN\":\"l\",\"TITLE\":\"" + "t".repeat(256) + "\"}",
                "[".repeat(5000) + "]".repeat(5000),
                "{\"a\":" + "[".repeat(600) + "]".repeat(600) + "}",
                "{\"SERVER\":\"" + "s".repeat(3_000_000) + "\"}");
        for (String body : bodies) {
            Reply reply = edge.postJson(add(portal), body);
            assertNotEquals(500, reply.status(), () -> "500 for body starting " + body.substring(0, Math.min(40, body.length())));
            assertTrue(reply.status() == 200 || reply.status() == 400, reply::toString);
        }
        assertEquals("CHECK_FIELDS_ERROR", edge.postJson(add(portal), "{not json").error(), "invalid JSON is no parameters");
        Reply numbers = edge.postJson(add(portal), "{\"SERVER\":123,\"LOGIN\":456,\"TYPE\":\"office\"}");
        assertEquals(200, numbers.status(), numbers::toString);
        assertEquals("123", numbers.result().get("SERVER").getStringValue());

        for (String form : List.of("%%%", "SERVER[=1&LOGIN]=2", "a[b][c][d]=1&" + "x[]=1&".repeat(3000),
                "SERVER[][]=1&LOGIN=2", "=x&&&=")) {
            assertNotEquals(500, edge.postForm(add(portal), form).status(), form);
        }
    }
}
