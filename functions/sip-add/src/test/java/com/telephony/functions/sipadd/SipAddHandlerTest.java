package com.telephony.functions.sipadd;

import com.telephony.testsupport.Concurrently;
import com.telephony.testsupport.HandlerClient;
import com.telephony.testsupport.Reply;
import com.telephony.testsupport.StoredItems;
import com.telephony.testsupport.TestEnvironment;
import com.telephony.testsupport.TestPortal;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import static com.telephony.testsupport.BitrixAssertions.assertError;
import static com.telephony.testsupport.JsonFields.keys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** voximplant.sip.add through the real Lambda handler, with API Gateway events, on a real DynamoDB engine. */
class SipAddHandlerTest {
    private static final String SEED_BODY =
            "{\"TYPE\":\"cloud\",\"TITLE\":\"SIP line 1\",\"SERVER\":\"sip.provider.com\",\"LOGIN\":\"sip_user\",\"PASSWORD\":\"secret\"}";

    private static SipAddHandler handler;
    private static HandlerClient client;

    @BeforeAll
    static void start() {
        TestEnvironment.get();
        handler = new SipAddHandler();
        client = new HandlerClient(handler);
    }

    @AfterAll
    static void stop() {
        handler.close();
    }

    private static String add(TestPortal portal) {
        return portal.webhookPath() + "voximplant.sip.add";
    }

    @Test
    void seedExampleCreatesACloudLineWithDocumentedTypes() {
        TestPortal portal = TestEnvironment.get().newPortal();
        Reply reply = client.postJson(add(portal), SEED_BODY);

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
        assertEquals(null, result.get("INCOMING_SERVER"), "cloud lines have no INCOMING_*");
        assertEquals(null, result.get("APP_ID"));

        JsonNode time = reply.json().get("time");
        assertTrue(time.get("start").getNumberValue() instanceof Integer || time.get("start").getNumberValue() instanceof Long,
                "time.start is an integer");
        assertTrue(time.get("finish").getNumberValue().doubleValue() >= time.get("start").getNumberValue().longValue());
        assertTrue(time.get("processing").isNumber());
        assertTrue(Pattern.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d",
                time.get("date_start").getStringValue()), time.toString());
        assertEquals(time.get("start").getNumberValue().longValue() + 600,
                time.get("operating_reset_at").getNumberValue().longValue());
        assertEquals("application/json; charset=utf-8", reply.headers().get("Content-Type"));
    }

    @Test
    void phpStyleFormBodyGivesTheSameAnswerAsJson() {
        TestPortal portal = TestEnvironment.get().newPortal();
        Reply json = client.postJson(add(portal), SEED_BODY.replace("SIP line 1", "Line J"));
        Reply form = client.postForm(add(portal),
                "TYPE=cloud&TITLE=Line+F&SERVER=sip.provider.com&LOGIN=sip_user&PASSWORD=secret");

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
        TestPortal portal = TestEnvironment.get().newPortal();
        Reply reply = client.postJson(add(portal),
                "{\"TYPE\":\"office\",\"TITLE\":\"Office PBX 1\",\"SERVER\":\"office.provider.local\",\"LOGIN\":\"office_user\",\"PASSWORD\":\"secret\"}");

        assertEquals(200, reply.status(), reply::toString);
        JsonNode result = reply.result();
        assertEquals("office", result.get("TYPE").getStringValue());
        assertEquals(null, result.get("REG_ID"));
        assertEquals("sip" + result.get("CONFIG_ID").getStringValue(), result.get("INCOMING_LOGIN").getStringValue());
        assertTrue(result.get("INCOMING_PASSWORD").getStringValue().matches("[0-9a-f]{32}"));
        assertTrue(result.get("INCOMING_SERVER").getStringValue().matches("ip\\.[a-z0-9-]+\\.bitrixphone\\.com"));
        assertTrue(result.get("REGISTRATION_STATUS_CODE").isNull());
    }

    @Test
    void defaultsAndNormalisation() {
        TestPortal portal = TestEnvironment.get().newPortal();
        Reply reply = client.postJson(add(portal),
                "{\"server\":\"  https://pbx.example.com \",\"login\":\" user \",\"type\":\"Cloud\"}");

        assertEquals(200, reply.status(), reply::toString);
        assertEquals("cloud", reply.result().get("TYPE").getStringValue());
        assertEquals("pbx.example.com", reply.result().get("SERVER").getStringValue());
        assertEquals("user", reply.result().get("LOGIN").getStringValue());
        assertEquals("", reply.result().get("TITLE").getStringValue());
        assertTrue(reply.result().get("PASSWORD").isNull(), "no password given: stored NULL");
    }

    @Test
    void twentyParallelCloudAddsOnNineLinesLeaveExactlyTen() throws Exception {
        TestPortal portal = TestEnvironment.get().newPortal();
        for (int i = 0; i < 9; i++) {
            assertEquals(200, client.postJson(add(portal), line("cloud", "pre " + i)).status());
        }
        List<Reply> replies = Concurrently.run(20, i -> client.postJson(add(portal), line("cloud", "race " + i)));

        long created = replies.stream().filter(r -> r.status() == 200).count();
        assertEquals(1, created, replies::toString);
        for (Reply reply : replies) {
            if (reply.status() != 200) {
                assertEquals(400, reply.status(), reply::toString);
                assertEquals("MAX_CLOUD_PBX", reply.error());
                assertEquals("You cannot connect more than 10 virtual PBXs.", reply.errorDescription());
            }
        }
        assertEquals(10, StoredItems.sipLines(portal.portal().id(), ""));
        assertEquals(200, client.postJson(add(portal), line("office", "office after limit")).status(),
                "office lines are not limited");
    }

    @Test
    void cloudLimitCountsEveryApplicationOfThePortal() {
        TestPortal portal = TestEnvironment.get().newPortal();
        for (int i = 0; i < 5; i++) {
            assertEquals(200, client.postJson(add(portal), line("cloud", "w" + i)).status());
            assertEquals(200, client.postJson("/rest/voximplant.sip.add?auth=" + portal.tokenA(),
                    line("cloud", "a" + i)).status());
        }
        Reply eleventh = client.postJson("/rest/voximplant.sip.add", withAuth(line("cloud", "b"), portal.tokenB()));
        assertEquals("MAX_CLOUD_PBX", eleventh.error(), eleventh::toString);
    }

    @Test
    void parallelAddsOfOneTitleLeaveOneLine() throws Exception {
        TestPortal portal = TestEnvironment.get().newPortal();
        String[] variants = {"Main Line", "main line", "MAIN LINE ", " Main Line", "mAiN lInE  "};
        List<Reply> replies = Concurrently.run(10, i -> client.postJson(add(portal), line("office", variants[i % variants.length])));

        assertEquals(1, replies.stream().filter(r -> r.status() == 200).count(), replies::toString);
        for (Reply reply : replies) {
            if (reply.status() != 200) {
                assertEquals(400, reply.status());
                assertEquals("TITLE_EXISTS", reply.error());
                assertEquals("The specified connection name is already registered in the system", reply.errorDescription());
            }
        }
        assertEquals(1, StoredItems.sipLines(portal.portal().id(), ""));
    }

    @Test
    void titlesAreUniqueAcrossApplicationsButNotAcrossPortals() {
        TestPortal portal = TestEnvironment.get().newPortal();
        TestPortal other = TestEnvironment.get().newPortal();
        assertEquals(200, client.postJson(add(portal), line("office", "Shared")).status());
        Reply viaApp = client.postJson("/rest/voximplant.sip.add", withAuth(line("office", "shared "), portal.tokenA()));
        assertEquals("TITLE_EXISTS", viaApp.error(), viaApp::toString);
        assertEquals(200, client.postJson(add(other), line("office", "Shared")).status());
    }

    @Test
    void cloudLimitIsReportedBeforeDuplicateTitleAndFieldErrorsBeforeBoth() {
        TestPortal portal = TestEnvironment.get().newPortal();
        for (int i = 0; i < 10; i++) {
            assertEquals(200, client.postJson(add(portal), line("cloud", "c" + i)).status());
        }
        assertEquals("MAX_CLOUD_PBX", client.postJson(add(portal), line("cloud", "c1")).error());
        Reply badServer = client.postJson(add(portal), "{\"TITLE\":\"c1\",\"SERVER\":\"http://\",\"LOGIN\":\"x\"}");
        assertEquals("CHECK_FIELDS_ERROR", badServer.error());
        assertEquals("Server address not specified", badServer.errorDescription());
    }

    @Test
    void passwordOfHundredCharactersPassesAndOfHundredOneFails() {
        TestPortal portal = TestEnvironment.get().newPortal();
        String hundred = "p".repeat(100);
        Reply ok = client.postJson(add(portal), "{\"SERVER\":\"s\",\"LOGIN\":\"l\",\"PASSWORD\":\"" + hundred + "\"}");
        assertEquals(200, ok.status(), ok::toString);
        assertEquals(hundred, ok.result().get("PASSWORD").getStringValue());

        Reply tooLong = client.postJson(add(portal), "{\"SERVER\":\"s\",\"LOGIN\":\"l\",\"PASSWORD\":\"" + hundred + "p\"}");
        assertEquals(400, tooLong.status());
        assertEquals("CHECK_FIELDS_ERROR", tooLong.error());
        assertEquals("Password for connecting to the server cannot exceed 100 characters", tooLong.errorDescription());
        assertEquals(null, tooLong.json().get("time"), "errors carry no time block");
    }

    @Test
    void missingServerAndLoginGiveOneErrorWithBothMessages() {
        TestPortal portal = TestEnvironment.get().newPortal();
        Reply reply = client.postJson(add(portal), "{\"TITLE\":\"x\"}");
        assertEquals(400, reply.status());
        assertEquals("CHECK_FIELDS_ERROR", reply.error());
        assertEquals("Server address not specified<br> Login for connecting to the server not specified",
                reply.errorDescription());
    }

    @Test
    void serverAndLoginLongerThanHundredAreRejected() {
        TestPortal portal = TestEnvironment.get().newPortal();
        Reply reply = client.postJson(add(portal),
                "{\"SERVER\":\"https://" + "s".repeat(101) + "\",\"LOGIN\":\"" + "l".repeat(101) + "\"}");
        assertEquals("CHECK_FIELDS_ERROR", reply.error());
        assertEquals("Server address cannot exceed 100 characters<br> Login for connecting to the server cannot exceed 100 characters",
                reply.errorDescription());
        Reply hundred = client.postJson(add(portal),
                "{\"SERVER\":\"https://" + "s".repeat(100) + "\",\"LOGIN\":\"" + "l".repeat(100) + "\"}");
        assertEquals(200, hundred.status(), "http(s):// does not count: " + hundred);
    }

    @Test
    void authenticationFailures() {
        TestPortal portal = TestEnvironment.get().newPortal();
        String wrongCode = portal.webhookPath().replaceAll("/rest/1/[^/]+/", "/rest/1/wrongcode123/") + "voximplant.sip.add";
        assertError(client.postJson(wrongCode, SEED_BODY), 401, "INVALID_CREDENTIALS", "Invalid request credentials");

        String otherUser = portal.webhookPath().replace("/rest/1/", "/rest/2/") + "voximplant.sip.add";
        assertError(client.postJson(otherUser, SEED_BODY), 401, "INVALID_CREDENTIALS", "Invalid request credentials");

        assertError(client.postJson("/rest/voximplant.sip.add", SEED_BODY), 401, "NO_AUTH_FOUND", "Wrong authorization data");
        assertError(client.postJson("/rest/voximplant.sip.add", withAuth(SEED_BODY, "not-a-token")), 401,
                "invalid_token", "The access token provided is invalid");
        assertError(client.postJson("/rest/voximplant.sip.add", withAuth(SEED_BODY, portal.expiredTokenA())), 401,
                "expired_token", "The access token provided has expired");
    }

    @Test
    void authorizationFailures() {
        TestPortal portal = TestEnvironment.get().newPortal();
        assertError(client.postJson(portal.noPermissionWebhookPath() + "voximplant.sip.add", SEED_BODY), 403,
                "ACCESS_DENIED", "Access denied!");
        assertError(client.postJson("/rest/voximplant.sip.add", withAuth(SEED_BODY, portal.noPermissionTokenA())), 403,
                "ACCESS_DENIED", "Access denied!");
        assertError(client.postJson(portal.noScopeWebhookPath() + "voximplant.sip.add", SEED_BODY), 403,
                "insufficient_scope", "The request requires higher privileges than provided by the webhook token");
    }

    @Test
    void unknownMethodIsNotFoundBeforeAnyAuth() {
        assertError(client.postJson("/rest/voximplant.sip.nothing", "{}"), 404, "ERROR_METHOD_NOT_FOUND", "Method not found!");
        assertError(client.postJson("/rest/1/whatever/voximplant.sip.add.php", "{}"), 404, "ERROR_METHOD_NOT_FOUND",
                "Method not found!");
    }

    @Test
    void urlFormsSuffixesAndLetterCase() {
        TestPortal portal = TestEnvironment.get().newPortal();
        assertEquals(200, client.postJson(portal.webhookPath() + "voximplant.sip.add.json", line("office", "j")).status());
        assertEquals(200, client.postJson(portal.webhookPath() + "VoxImplant.SIP.Add/", line("office", "k")).status());
        assertEquals(200, client.get(portal.webhookPath() + "voximplant.sip.add",
                "TYPE=office&TITLE=get&SERVER=s&LOGIN=l").status());
        assertEquals(200, client.postJson("/rest/voximplant.sip.add.json?auth=" + portal.tokenA(), line("office", "q")).status());
        Reply form = client.postForm("/rest/voximplant.sip.add", "auth=" + portal.tokenA() + "&SERVER=s&LOGIN=l&TYPE=office");
        assertEquals(200, form.status(), form::toString);
        Reply xml = client.postJson(portal.webhookPath() + "voximplant.sip.add.xml", line("office", "x"));
        assertEquals(200, xml.status());
        assertTrue(xml.text().startsWith("<?xml") && xml.text().contains("<TYPE>office</TYPE>"), xml.text());
    }

    @Test
    void bodyValuesOverrideQueryValues() {
        TestPortal portal = TestEnvironment.get().newPortal();
        Reply reply = client.send(com.telephony.testsupport.Events.event("POST", add(portal),
                "SERVER=query.example&LOGIN=q&TYPE=office", "application/json", "{\"SERVER\":\"body.example\"}"));
        assertEquals(200, reply.status(), reply::toString);
        assertEquals("body.example", reply.result().get("SERVER").getStringValue());
        assertEquals("q", reply.result().get("LOGIN").getStringValue());
    }

    @Test
    void badInputNeverGivesAServerError() {
        TestPortal portal = TestEnvironment.get().newPortal();
        List<String> bodies = List.of(
                "{not json", "", "[1,2,3]", "null", "\"text\"",
                "{\"SERVER\":{\"a\":1},\"LOGIN\":[1,2]}",
                "{\"SERVER\":123,\"LOGIN\":true,\"PASSWORD\":false,\"TITLE\":null,\"TYPE\":7}",
                "{\"SERVER\":\"s\",\"LOGIN\":\"l\",\"TITLE\":\"" + "t".repeat(256) + "\"}",
                "[".repeat(5000) + "]".repeat(5000),
                "{\"a\":" + "[".repeat(600) + "]".repeat(600) + "}",
                "{\"SERVER\":\"" + "s".repeat(3_000_000) + "\"}");
        for (String body : bodies) {
            Reply reply = client.postJson(add(portal), body);
            assertNotEquals(500, reply.status(), () -> "500 for body starting " + body.substring(0, Math.min(40, body.length())));
            assertTrue(reply.status() == 200 || reply.status() == 400, reply::toString);
        }
        Reply invalid = client.postJson(add(portal), "{not json");
        assertEquals("CHECK_FIELDS_ERROR", invalid.error(), "invalid JSON is no parameters");
        Reply numbers = client.postJson(add(portal), "{\"SERVER\":123,\"LOGIN\":456,\"TYPE\":\"office\"}");
        assertEquals(200, numbers.status(), numbers::toString);
        assertEquals("123", numbers.result().get("SERVER").getStringValue());

        List<String> forms = List.of("%%%", "SERVER[=1&LOGIN]=2", "a[b][c][d]=1&" + "x[]=1&".repeat(3000),
                "SERVER[][]=1&LOGIN=2", "=x&&&=");
        for (String form : forms) {
            Reply reply = client.postForm(add(portal), form);
            assertNotEquals(500, reply.status(), reply::toString);
        }
    }

    @Test
    void noSecretOrItsPrefixIsStored() {
        TestPortal portal = TestEnvironment.get().newPortal();
        client.postJson(add(portal), line("office", "secret check"));
        List<String> secrets = new ArrayList<>(List.of(portal.tokenA(), portal.tokenB(), portal.noPermissionTokenA()));
        for (String path : List.of(portal.webhookPath(), portal.otherWebhookPath(), portal.noPermissionWebhookPath())) {
            secrets.add(path.split("/")[3]);
        }
        for (var item : StoredItems.all()) {
            String stored = item.toString();
            for (String secret : secrets) {
                assertFalse(stored.contains(secret.substring(0, 8)), "a stored item contains a secret's prefix: " + stored);
            }
        }
    }

    private static String line(String type, String title) {
        return "{\"TYPE\":\"" + type + "\",\"TITLE\":\"" + title + "\",\"SERVER\":\"sip.example.com\",\"LOGIN\":\"user\",\"PASSWORD\":\"pw\"}";
    }

    private static String withAuth(String json, String token) {
        return json.substring(0, json.length() - 1) + ",\"auth\":\"" + token + "\"}";
    }

    @Test
    void snapStartPrimingReadsTheStoreThroughTheWholeHandlerAndWritesNothing() {
        int before = StoredItems.all().size();

        // 401, not 404 (no route) or 500 (no storage): the request reached the credential lookup in DynamoDB
        assertEquals(List.of(401), handler.prime());
        assertEquals(before, StoredItems.all().size());
    }
}
