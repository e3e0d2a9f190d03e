package com.telephony.bitrix.methods;

import com.telephony.bitrix.BitrixHarness;
import com.telephony.domain.sip.SipLine;
import com.telephony.domain.sip.SipLineDraft;
import com.telephony.testsupport.Reply;
import com.telephony.testsupport.TestPortal;
import com.telephony.testsupport.TestPortal.As;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static com.telephony.testsupport.BitrixAssertions.assertError;
import static com.telephony.testsupport.JsonFields.keys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * voximplant.sip.status through the Bitrix24 edge over the in-memory stores: the registration check's answer and
 * what it keeps on the line, not-found for missing, unknown, office, deleted and foreign registrations, auth.
 */
class SipStatusMethodTest {
    private final BitrixHarness edge = new BitrixHarness(Clock.fixed(Instant.parse("2026-11-22T22:57:29Z"), ZoneOffset.UTC));

    private Reply status(TestPortal portal, As as, String json) {
        return edge.postJson(portal.url(as, "voximplant.sip.status"), json);
    }

    @Test
    void anOrdinaryServerRegistersAndTheResultIsKeptOnTheLine() {
        TestPortal portal = edge.newPortal();
        SipLine line = edge.addLine(portal, As.WEBHOOK, new SipLineDraft("cloud", "Cloud", "sip.provider.com", "u", "p"));
        assertNull(edge.findLine(portal, As.WEBHOOK, line.configId()).orElseThrow().registrationStatusCode());

        Reply reply = status(portal, As.WEBHOOK, "{\"REG_ID\":" + line.regId() + "}");
        assertEquals(200, reply.status(), reply::toString);
        assertEquals(List.of("result", "time"), keys(reply.json()));
        JsonNode result = reply.result();
        assertEquals(List.of("REG_ID", "LAST_UPDATED", "ERROR_MESSAGE", "STATUS_CODE", "STATUS_RESULT"), keys(result));
        assertTrue(result.get("REG_ID").isNumber(), "REG_ID is a JSON number here");
        assertEquals(line.regId().longValue(), result.get("REG_ID").getLongValue());
        assertTrue(result.get("STATUS_CODE").isNumber());
        assertEquals(200, result.get("STATUS_CODE").getIntValue());
        assertEquals("success", result.get("STATUS_RESULT").getStringValue());
        assertEquals("", result.get("ERROR_MESSAGE").getStringValue());
        assertEquals("2026-11-22 23:57:29", result.get("LAST_UPDATED").getStringValue(),
                "PHP's Y-m-d H:i:s in the portal's zone (Europe/Berlin), not UTC");

        SipLine after = edge.findLine(portal, As.WEBHOOK, line.configId()).orElseThrow();
        assertEquals(200, after.registrationStatusCode());
        assertEquals("", after.registrationErrorMessage());
    }

    @Test
    void anUnresolvableServerFailsWith502() {
        TestPortal portal = edge.newPortal();
        SipLine line = edge.addLine(portal, As.APP_A, new SipLineDraft("cloud", "", "pbx.provider.invalid", "u", "p"));
        Reply reply = status(portal, As.APP_A, "{\"REG_ID\":\"" + line.regId() + "\"}");
        assertEquals(200, reply.status(), reply::toString);
        assertEquals(502, reply.result().get("STATUS_CODE").getIntValue());
        assertEquals("error", reply.result().get("STATUS_RESULT").getStringValue());
        assertEquals("Unable to resolve hostname", reply.result().get("ERROR_MESSAGE").getStringValue());
        SipLine after = edge.findLine(portal, As.APP_A, line.configId()).orElseThrow();
        assertEquals(502, after.registrationStatusCode());
        assertEquals("Unable to resolve hostname", after.registrationErrorMessage());
    }

    @Test
    void missingUnknownOfficeOrForeignRegistrationsAreNotFound() {
        TestPortal portal = edge.newPortal();
        SipLine ofA = edge.addLine(portal, As.APP_A, "cloud", "Of A");
        SipLine ofWebhook = edge.addLine(portal, As.WEBHOOK, "cloud", "Of webhook");
        SipLine office = edge.addLine(portal, As.WEBHOOK, "office", "Office");

        assertNotFound(status(portal, As.WEBHOOK, "{}"));
        assertNotFound(status(portal, As.WEBHOOK, "{\"REG_ID\":\"\"}"));
        assertNotFound(status(portal, As.WEBHOOK, "{\"REG_ID\":\"abc\"}"));
        assertNotFound(status(portal, As.WEBHOOK, "{\"REG_ID\":[" + ofWebhook.regId() + "]}"));
        assertNotFound(status(portal, As.WEBHOOK, "{\"REG_ID\":" + (ofWebhook.regId() + 100) + "}"));
        assertNotFound(status(portal, As.WEBHOOK, "{\"REG_ID\":" + office.configId() + "}"));
        assertNotFound(status(portal, As.APP_B, "{\"REG_ID\":" + ofA.regId() + "}"));
        assertNotFound(status(portal, As.WEBHOOK, "{\"REG_ID\":" + ofA.regId() + "}"));
        assertNotFound(status(portal, As.APP_A, "{\"REG_ID\":" + ofWebhook.regId() + "}"));
        assertNotFound(status(edge.newPortal(), As.WEBHOOK, "{\"REG_ID\":" + ofWebhook.regId() + "}"));

        assertNull(edge.findLine(portal, As.APP_A, ofA.configId()).orElseThrow().registrationStatusCode(),
                "a foreign caller changed nothing");
        assertNull(edge.findLine(portal, As.WEBHOOK, ofWebhook.configId()).orElseThrow().registrationStatusCode());
        assertEquals(200, status(portal, As.APP_A, "{\"reg_id\":" + ofA.regId() + "}").status(), "keys in any case");
        assertEquals(200, edge.postForm(portal.webhookPath() + "voximplant.sip.status", "REG_ID=" + ofWebhook.regId()).status());
    }

    private static void assertNotFound(Reply reply) {
        assertError(reply, 400, "REG_ID_NOT_FOUND", "Settings not found");
    }

    @Test
    void aDeletedLineHasNoRegistrationAndNoWriteBringsItBack() {
        TestPortal portal = edge.newPortal();
        SipLine line = edge.addLine(portal, As.WEBHOOK, "cloud", "Short-lived");
        edge.stores.sipLines().delete(edge.findLine(portal, As.WEBHOOK, line.configId()).orElseThrow());
        assertNotFound(status(portal, As.WEBHOOK, "{\"REG_ID\":" + line.regId() + "}"));
        assertTrue(edge.findLine(portal, As.WEBHOOK, line.configId()).isEmpty());
    }

    @Test
    void authorization() {
        TestPortal portal = edge.newPortal();
        SipLine line = edge.addLine(portal, As.WEBHOOK, "cloud", "");
        String body = "{\"REG_ID\":" + line.regId() + "}";
        edge.assertCallersWithoutRightsAreRefused(portal, "voximplant.sip.status", body);
        assertNull(edge.findLine(portal, As.WEBHOOK, line.configId()).orElseThrow().registrationStatusCode());
    }
}
