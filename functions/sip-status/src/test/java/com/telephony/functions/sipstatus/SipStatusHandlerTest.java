package com.telephony.functions.sipstatus;

import com.telephony.domain.sip.SipLine;
import com.telephony.domain.sip.SipLineDraft;
import com.telephony.testsupport.HandlerClient;
import com.telephony.testsupport.Reply;
import com.telephony.testsupport.TestEnvironment;
import com.telephony.testsupport.TestLines;
import com.telephony.testsupport.TestLines.As;
import com.telephony.testsupport.TestPortal;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static com.telephony.testsupport.JsonFields.keys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** voximplant.sip.status through the real Lambda handler, with API Gateway events, on a real DynamoDB engine. */
class SipStatusHandlerTest {
    private static SipStatusHandler handler;
    private static HandlerClient client;

    @BeforeAll
    static void start() {
        TestEnvironment.get();
        handler = new SipStatusHandler();
        client = new HandlerClient(handler);
    }

    @AfterAll
    static void stop() {
        handler.close();
    }

    private static Reply status(TestPortal portal, As as, String json) {
        return client.postJson(TestLines.url(portal, as, "voximplant.sip.status"), json);
    }

    @Test
    void anOrdinaryServerRegistersAndTheResultIsKeptOnTheLine() {
        TestPortal portal = TestEnvironment.get().newPortal();
        SipLine line = TestLines.add(portal, As.WEBHOOK, new SipLineDraft("cloud", "Cloud", "sip.provider.com", "u", "p"));
        assertNull(TestLines.find(portal, As.WEBHOOK, line.configId()).orElseThrow().registrationStatusCode());

        Reply reply = status(portal, As.WEBHOOK, "{\"REG_ID\":" + line.regId() + "}");
        assertEquals(200, reply.status(), reply::toString);
        JsonNode result = reply.result();
        assertEquals(List.of("REG_ID", "LAST_UPDATED", "ERROR_MESSAGE", "STATUS_CODE", "STATUS_RESULT"), keys(result));
        assertTrue(result.get("REG_ID").isNumber(), "REG_ID is a JSON number here");
        assertEquals(line.regId().longValue(), result.get("REG_ID").getLongValue());
        assertTrue(result.get("STATUS_CODE").isNumber());
        assertEquals(200, result.get("STATUS_CODE").getIntValue());
        assertEquals("success", result.get("STATUS_RESULT").getStringValue());
        assertEquals("", result.get("ERROR_MESSAGE").getStringValue());

        String lastUpdated = result.get("LAST_UPDATED").getStringValue();
        assertTrue(lastUpdated.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"), lastUpdated);
        LocalDateTime parsed = LocalDateTime.parse(lastUpdated, DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        String dateStart = reply.json().get("time").get("date_start").getStringValue();
        assertEquals(dateStart.substring(0, 10), lastUpdated.substring(0, 10), "same portal-local day as the envelope");
        assertTrue(parsed.atZone(ZoneId.of("Europe/Berlin")).toEpochSecond()
                >= reply.json().get("time").get("start").getLongValue(), "in the portal's time zone, not UTC");

        SipLine after = TestLines.find(portal, As.WEBHOOK, line.configId()).orElseThrow();
        assertEquals(200, after.registrationStatusCode());
        assertEquals("", after.registrationErrorMessage());
    }

    @Test
    void anUnresolvableServerFailsWith502() {
        TestPortal portal = TestEnvironment.get().newPortal();
        SipLine line = TestLines.add(portal, As.APP_A, new SipLineDraft("cloud", "", "pbx.provider.invalid", "u", "p"));
        Reply reply = status(portal, As.APP_A, "{\"REG_ID\":\"" + line.regId() + "\"}");
        assertEquals(200, reply.status(), reply::toString);
        assertEquals(502, reply.result().get("STATUS_CODE").getIntValue());
        assertEquals("error", reply.result().get("STATUS_RESULT").getStringValue());
        assertEquals("Unable to resolve hostname", reply.result().get("ERROR_MESSAGE").getStringValue());
        SipLine after = TestLines.find(portal, As.APP_A, line.configId()).orElseThrow();
        assertEquals(502, after.registrationStatusCode());
        assertEquals("Unable to resolve hostname", after.registrationErrorMessage());
    }

    @Test
    void missingUnknownOrForeignRegistrationsAreNotFound() {
        TestPortal portal = TestEnvironment.get().newPortal();
        SipLine ofA = TestLines.add(portal, As.APP_A, "cloud", "Of A");
        SipLine ofWebhook = TestLines.add(portal, As.WEBHOOK, "cloud", "Of webhook");
        SipLine office = TestLines.add(portal, As.WEBHOOK, "office", "Office");

        assertNotFound(status(portal, As.WEBHOOK, "{}"));
        assertNotFound(status(portal, As.WEBHOOK, "{\"REG_ID\":\"\"}"));
        assertNotFound(status(portal, As.WEBHOOK, "{\"REG_ID\":[" + ofWebhook.regId() + "]}"));
        assertNotFound(status(portal, As.WEBHOOK, "{\"REG_ID\":" + (ofWebhook.regId() + 100) + "}"));
        assertNotFound(status(portal, As.WEBHOOK, "{\"REG_ID\":" + office.configId() + "}"));
        assertNotFound(status(portal, As.APP_B, "{\"REG_ID\":" + ofA.regId() + "}"));
        assertNotFound(status(portal, As.WEBHOOK, "{\"REG_ID\":" + ofA.regId() + "}"));
        assertNotFound(status(portal, As.APP_A, "{\"REG_ID\":" + ofWebhook.regId() + "}"));
        assertNotFound(status(TestEnvironment.get().newPortal(), As.WEBHOOK, "{\"REG_ID\":" + ofWebhook.regId() + "}"));

        assertNull(TestLines.find(portal, As.APP_A, ofA.configId()).orElseThrow().registrationStatusCode(),
                "a foreign caller changed nothing");
        assertNull(TestLines.find(portal, As.WEBHOOK, ofWebhook.configId()).orElseThrow().registrationStatusCode());
        assertEquals(200, status(portal, As.APP_A, "{\"reg_id\":" + ofA.regId() + "}").status(), "keys in any case");
    }

    private static void assertNotFound(Reply reply) {
        assertEquals(400, reply.status(), reply::toString);
        assertEquals("REG_ID_NOT_FOUND", reply.error());
        assertEquals("Settings not found", reply.errorDescription());
    }

    @Test
    void aDeletedLineHasNoRegistration() {
        TestPortal portal = TestEnvironment.get().newPortal();
        SipLine line = TestLines.add(portal, As.WEBHOOK, "cloud", "Short-lived");
        TestLines.store().delete(TestLines.find(portal, As.WEBHOOK, line.configId()).orElseThrow());
        assertNotFound(status(portal, As.WEBHOOK, "{\"REG_ID\":" + line.regId() + "}"));
        assertTrue(TestLines.find(portal, As.WEBHOOK, line.configId()).isEmpty(), "and no write brought it back");
    }

    @Test
    void authorization() {
        TestPortal portal = TestEnvironment.get().newPortal();
        SipLine line = TestLines.add(portal, As.WEBHOOK, "cloud", "");
        Reply denied = client.postJson(portal.noPermissionWebhookPath() + "voximplant.sip.status", "{\"REG_ID\":" + line.regId() + "}");
        assertEquals(403, denied.status());
        assertEquals("ACCESS_DENIED", denied.error());
        assertNull(TestLines.find(portal, As.WEBHOOK, line.configId()).orElseThrow().registrationStatusCode());
    }
}
