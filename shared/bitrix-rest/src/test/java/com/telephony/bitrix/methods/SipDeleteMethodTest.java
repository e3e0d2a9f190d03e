package com.telephony.bitrix.methods;

import com.telephony.bitrix.BitrixHarness;
import com.telephony.domain.sip.CloudLineLimitReached;
import com.telephony.domain.sip.SipLine;
import com.telephony.domain.sip.SipLineTitleTaken;
import com.telephony.testsupport.Reply;
import com.telephony.testsupport.TestPortal;
import com.telephony.testsupport.TestPortal.As;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.telephony.testsupport.BitrixAssertions.assertError;
import static com.telephony.testsupport.JsonFields.keys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * voximplant.sip.delete through the Bitrix24 edge over the in-memory stores: the answer, not-found (with status 400)
 * for missing, unknown and foreign lines, the cloud slot, title and registration a deletion frees, forms and auth.
 * The parallel deletes on the real engine stay in the function's test.
 */
class SipDeleteMethodTest {
    private final BitrixHarness edge = new BitrixHarness();

    private Reply delete(TestPortal portal, As as, long configId) {
        return edge.postJson(portal.url(as, "voximplant.sip.delete"), "{\"CONFIG_ID\":" + configId + "}");
    }

    @Test
    void deletesTheLineAndAnswersOne() {
        TestPortal portal = edge.newPortal();
        SipLine line = edge.addLine(portal, As.WEBHOOK, "office", "Doomed");
        SipLine kept = edge.addLine(portal, As.WEBHOOK, "office", "Kept");

        Reply reply = delete(portal, As.WEBHOOK, line.configId());
        assertEquals(200, reply.status(), reply::toString);
        assertTrue(reply.result().isNumber());
        assertEquals(1, reply.result().getIntValue());
        assertTrue(reply.text().startsWith("{\"result\":1,\"time\":{"), reply.text());
        assertEquals(List.of("result", "time"), keys(reply.json()));
        assertTrue(edge.findLine(portal, As.WEBHOOK, line.configId()).isEmpty());
        assertTrue(edge.findLine(portal, As.WEBHOOK, kept.configId()).isPresent());
        assertEquals("doomed", edge.addLine(portal, As.APP_A, "office", "doomed").title(), "the title is free again");
        assertThrows(SipLineTitleTaken.class, () -> edge.addLine(portal, As.APP_A, "office", "KEPT"));
    }

    @Test
    void unknownMissingOrForeignLinesAreNotFoundWithStatus400() {
        TestPortal portal = edge.newPortal();
        SipLine ofA = edge.addLine(portal, As.APP_A, "cloud", "Of A");
        SipLine ofWebhook = edge.addLine(portal, As.WEBHOOK, "office", "Of webhook");

        assertNotFound(delete(portal, As.APP_B, ofA.configId()));
        assertNotFound(delete(portal, As.WEBHOOK, ofA.configId()));
        assertNotFound(delete(portal, As.APP_A, ofWebhook.configId()));
        assertNotFound(delete(edge.newPortal(), As.WEBHOOK, ofWebhook.configId()));
        assertNotFound(delete(portal, As.WEBHOOK, 999));
        for (String body : List.of("{}", "{\"CONFIG_ID\":\"x\"}", "{\"CONFIG_ID\":{\"a\":1}}", "{\"CONFIG_ID\":[1]}",
                "{\"CONFIG_ID\":-1}", "{not json", "[]")) {
            assertNotFound(edge.postJson(portal.webhookPath() + "voximplant.sip.delete", body));
        }
        assertTrue(edge.findLine(portal, As.APP_A, ofA.configId()).isPresent());
        assertTrue(edge.findLine(portal, As.WEBHOOK, ofWebhook.configId()).isPresent());

        assertEquals(200, delete(portal, As.APP_A, ofA.configId()).status());
        assertNotFound(delete(portal, As.APP_A, ofA.configId()));
    }

    private static void assertNotFound(Reply reply) {
        assertError(reply, 400, "ERROR_NOT_FOUND", "Specified CONFIG_ID is not found");
    }

    @Test
    void deletingOneOfTenCloudLinesFreesOneSlotItsTitleAndItsRegistration() {
        TestPortal portal = edge.newPortal();
        List<SipLine> cloud = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            cloud.add(edge.addLine(portal, i % 2 == 0 ? As.APP_A : As.WEBHOOK, "cloud", "Cloud " + i));
        }
        assertThrows(CloudLineLimitReached.class, () -> edge.addLine(portal, As.APP_B, "cloud", "Eleventh"));

        SipLine gone = cloud.get(4);
        assertEquals(200, delete(portal, As.APP_A, gone.configId()).status());
        assertTrue(edge.stores.sipLines().findByRegistration(portal.portal().id(), gone.regId()).isEmpty(),
                "its REG_ID leads nowhere");
        assertError(edge.postJson(portal.webhookPath() + "voximplant.sip.status", "{\"REG_ID\":" + gone.regId() + "}"),
                400, "REG_ID_NOT_FOUND", "Settings not found");

        SipLine reused = edge.addLine(portal, As.APP_B, "cloud", "cloud 4");
        assertEquals("cloud 4", reused.title(), "the deleted title is free again, in any case");
        assertThrows(CloudLineLimitReached.class, () -> edge.addLine(portal, As.WEBHOOK, "cloud", "Twelfth"),
                "exactly one slot was freed");
        assertThrows(SipLineTitleTaken.class, () -> edge.addLine(portal, As.WEBHOOK, "office", "Cloud 5"),
                "other titles stay taken");
    }

    @Test
    void deletingAnOfficeLineFreesNoCloudSlot() {
        TestPortal portal = edge.newPortal();
        for (int i = 0; i < 10; i++) {
            edge.addLine(portal, As.WEBHOOK, "cloud", "");
        }
        SipLine office = edge.addLine(portal, As.WEBHOOK, "office", "");
        assertEquals(200, delete(portal, As.WEBHOOK, office.configId()).status());
        assertThrows(CloudLineLimitReached.class, () -> edge.addLine(portal, As.WEBHOOK, "cloud", ""));
    }

    @Test
    void formAndQueryStringForms() {
        TestPortal portal = edge.newPortal();
        SipLine first = edge.addLine(portal, As.WEBHOOK, "office", "");
        SipLine second = edge.addLine(portal, As.APP_A, "office", "");
        assertEquals(200, edge.postForm(portal.webhookPath() + "voximplant.sip.delete", "config_id=" + first.configId()).status(),
                "keys in any case");
        assertEquals(200, edge.get("/rest/voximplant.sip.delete.json",
                "auth=" + portal.tokenA() + "&CONFIG_ID=" + second.configId()).status());
        assertTrue(edge.findLine(portal, As.WEBHOOK, first.configId()).isEmpty());
        assertTrue(edge.findLine(portal, As.APP_A, second.configId()).isEmpty());
    }

    @Test
    void authorization() {
        TestPortal portal = edge.newPortal();
        SipLine line = edge.addLine(portal, As.WEBHOOK, "office", "");
        String body = "{\"CONFIG_ID\":" + line.configId() + "}";
        edge.assertCallersWithoutRightsAreRefused(portal, "voximplant.sip.delete", body);
        assertTrue(edge.findLine(portal, As.WEBHOOK, line.configId()).isPresent());
    }
}
