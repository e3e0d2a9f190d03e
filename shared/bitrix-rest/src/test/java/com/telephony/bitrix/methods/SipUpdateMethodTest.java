package com.telephony.bitrix.methods;

import com.telephony.bitrix.BitrixHarness;
import com.telephony.domain.sip.SipLine;
import com.telephony.domain.sip.SipLineType;
import com.telephony.testsupport.Reply;
import com.telephony.testsupport.TestPortal;
import com.telephony.testsupport.TestPortal.As;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.telephony.testsupport.JsonFields.keys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * voximplant.sip.update through the Bitrix24 edge over the in-memory stores: the answer, not-found for unknown and
 * foreign lines, the field rules as on add, title uniqueness except against the line itself, the registration
 * status reset, forms and auth. Races on the real engine stay in the function's test.
 */
class SipUpdateMethodTest {
    private final BitrixHarness edge = new BitrixHarness();

    private Reply update(TestPortal portal, As as, String json) {
        return edge.postJson(portal.url(as, "voximplant.sip.update"), json);
    }

    private SipLine stored(TestPortal portal, As as, SipLine line) {
        return edge.findLine(portal, as, line.configId()).orElseThrow();
    }

    @Test
    void seedExampleAsPrinted() {
        TestPortal portal = edge.newPortal();
        for (int i = 1; i <= 5; i++) {
            edge.addLine(portal, As.WEBHOOK, "cloud", "SIP line " + i);
        }
        Reply reply = edge.postJson(portal.webhookPath() + "voximplant.sip.update", "{\"CONFIG_ID\":5,\"TITLE\":\"SIP line 1 (updated)\"}");

        assertEquals(200, reply.status(), reply::toString);
        assertTrue(reply.text().startsWith("{\"result\":1,\"time\":{"), reply.text());
        assertEquals(List.of("result", "time"), keys(reply.json()));
        assertEquals("SIP line 1 (updated)", edge.findLine(portal, As.WEBHOOK, 5).orElseThrow().title());
        assertEquals("SIP line 4", edge.findLine(portal, As.WEBHOOK, 4).orElseThrow().title(), "other lines untouched");
    }

    @Test
    void seedOAuthExampleWithTheTokenInTheBody() {
        TestPortal portal = edge.newPortal();
        SipLine line = edge.addLine(portal, As.APP_A, "office", "SIP line 1");
        Reply reply = edge.postJson("/rest/voximplant.sip.update",
                "{\"CONFIG_ID\":" + line.configId() + ",\"TITLE\":\"SIP line 1 (updated)\",\"auth\":\"" + portal.tokenA() + "\"}");
        assertEquals(200, reply.status(), reply::toString);
        assertEquals("SIP line 1 (updated)", stored(portal, As.APP_A, line).title());
    }

    @Test
    void unknownMissingOrForeignLinesAreNotFound() {
        TestPortal portal = edge.newPortal();
        SipLine ofA = edge.addLine(portal, As.APP_A, "office", "Of A");
        SipLine ofWebhook = edge.addLine(portal, As.WEBHOOK, "office", "Of webhook");
        SipLine ofABefore = stored(portal, As.APP_A, ofA);
        String change = ",\"TITLE\":\"Hijacked\",\"SERVER\":\"evil.example.com\"}";

        assertNotFound(update(portal, As.APP_B, "{\"CONFIG_ID\":" + ofA.configId() + change));
        assertNotFound(update(portal, As.WEBHOOK, "{\"CONFIG_ID\":" + ofA.configId() + change));
        assertNotFound(update(portal, As.APP_A, "{\"CONFIG_ID\":" + ofWebhook.configId() + change));
        assertNotFound(update(portal, As.WEBHOOK, "{\"TITLE\":\"x\"}"));
        assertNotFound(update(portal, As.WEBHOOK, "{\"CONFIG_ID\":999,\"TITLE\":\"x\"}"));
        assertNotFound(update(portal, As.WEBHOOK, "{\"CONFIG_ID\":\"abc\",\"TITLE\":\"x\"}"));
        assertNotFound(update(portal, As.WEBHOOK, "{\"CONFIG_ID\":[" + ofWebhook.configId() + "],\"TITLE\":\"x\"}"));
        assertNotFound(update(portal, As.WEBHOOK, "{\"CONFIG_ID\":-1}"));
        assertNotFound(update(edge.newPortal(), As.WEBHOOK, "{\"CONFIG_ID\":" + ofWebhook.configId() + change));

        assertEquals(ofABefore, stored(portal, As.APP_A, ofA), "nothing changed");
        assertEquals(ofWebhook.title(), stored(portal, As.WEBHOOK, ofWebhook).title());
        // The foreign attempts did not take the title either.
        assertEquals(200, update(portal, As.WEBHOOK, "{\"CONFIG_ID\":" + ofWebhook.configId() + ",\"TITLE\":\"Hijacked\"}").status());
    }

    private static void assertNotFound(Reply reply) {
        assertEquals(404, reply.status(), reply::toString);
        assertEquals("ERROR_NOT_FOUND", reply.error());
        assertEquals("Specified CONFIG_ID is not found", reply.errorDescription());
    }

    @Test
    void noFieldToChangeSucceedsAndChangesNothing() {
        TestPortal portal = edge.newPortal();
        SipLine line = edge.addLine(portal, As.WEBHOOK, "cloud", "Unchanged");
        edge.stores.sipLines().recordRegistration(line, 200, "");
        SipLine before = stored(portal, As.WEBHOOK, line);

        Reply reply = update(portal, As.WEBHOOK, "{\"CONFIG_ID\":" + line.configId() + "}");
        assertEquals(200, reply.status(), reply::toString);
        assertEquals(1, reply.result().getIntValue());
        Reply withType = update(portal, As.WEBHOOK, "{\"CONFIG_ID\":" + line.configId() + ",\"TYPE\":\"bogus\",\"OTHER\":1}");
        assertEquals(200, withType.status(), "nothing to change is answered before any field is checked");
        assertEquals(before, stored(portal, As.WEBHOOK, line));
        assertNotFound(update(portal, As.WEBHOOK, "{\"CONFIG_ID\":" + (line.configId() + 1) + "}"));
    }

    @Test
    void fieldsAreCheckedAsOnAddAndNothingChangesOnFailure() {
        TestPortal portal = edge.newPortal();
        SipLine line = edge.addLine(portal, As.WEBHOOK, "office", "Checked");
        SipLine before = stored(portal, As.WEBHOOK, line);
        String id = "{\"CONFIG_ID\":" + line.configId();

        assertFields(update(portal, As.WEBHOOK, id + ",\"SERVER\":\"\",\"TITLE\":\"Changed\"}"), "Server address not specified");
        assertFields(update(portal, As.WEBHOOK, id + ",\"SERVER\":\"https://\"}"), "Server address not specified");
        assertFields(update(portal, As.WEBHOOK, id + ",\"LOGIN\":\"   \"}"), "Login for connecting to the server not specified");
        assertFields(update(portal, As.WEBHOOK, id + ",\"PASSWORD\":\"" + "p".repeat(101) + "\"}"),
                "Password for connecting to the server cannot exceed 100 characters");
        assertFields(update(portal, As.WEBHOOK, id + ",\"SERVER\":\" \",\"LOGIN\":\"\"}"),
                "Server address not specified<br> Login for connecting to the server not specified");
        assertFields(update(portal, As.WEBHOOK, id + ",\"SERVER\":\"s\",\"TYPE\":\"pbx\"}"), "Unknown PBX type");
        assertEquals(before, stored(portal, As.WEBHOOK, line));

        Reply normalised = update(portal, As.WEBHOOK,
                id + ",\"SERVER\":\" https://new.example.com \",\"LOGIN\":\" new \",\"PASSWORD\":\"" + "p".repeat(100) + "\"}");
        assertEquals(200, normalised.status(), normalised::toString);
        SipLine after = stored(portal, As.WEBHOOK, line);
        assertEquals("new.example.com", after.server());
        assertEquals("new", after.login());
        assertEquals("p".repeat(100), after.password());
        assertEquals(SipLineType.OFFICE, after.type(), "TYPE never changes a line");
    }

    private static void assertFields(Reply reply, String description) {
        assertEquals(400, reply.status(), reply::toString);
        assertEquals("CHECK_FIELDS_ERROR", reply.error());
        assertEquals(description, reply.errorDescription());
    }

    @Test
    void titlesStayUniqueExceptAgainstTheLineItself() {
        TestPortal portal = edge.newPortal();
        SipLine mine = edge.addLine(portal, As.WEBHOOK, "office", "Mine");
        edge.addLine(portal, As.APP_B, "office", "Taken");
        SipLine before = stored(portal, As.WEBHOOK, mine);
        String id = "{\"CONFIG_ID\":" + mine.configId();

        Reply taken = update(portal, As.WEBHOOK, id + ",\"TITLE\":\" TAKEN \",\"SERVER\":\"changed.example.com\"}");
        assertEquals(400, taken.status(), taken::toString);
        assertEquals("TITLE_EXISTS", taken.error());
        assertEquals("The specified connection name is already registered in the system", taken.errorDescription());
        assertEquals(before, stored(portal, As.WEBHOOK, mine), "nothing of a refused update is written");

        assertEquals(200, update(portal, As.WEBHOOK, id + ",\"TITLE\":\"Mine\"}").status(), "its own title");
        assertEquals(200, update(portal, As.WEBHOOK, id + ",\"TITLE\":\"MINE \"}").status(), "its own title in other letters");
        assertEquals("MINE", stored(portal, As.WEBHOOK, mine).title());

        assertEquals(200, update(portal, As.WEBHOOK, id + ",\"TITLE\":\"Renamed\"}").status());
        edge.addLine(portal, As.APP_A, "office", "mine"); // the old title is free again
        assertEquals(200, update(portal, As.WEBHOOK, id + ",\"TITLE\":\"\"}").status());
        edge.addLine(portal, As.APP_A, "office", "Renamed"); // so is an emptied one
    }

    @Test
    void changingWhereTheLineRegistersResetsItsStatusButATitleDoesNot() {
        TestPortal portal = edge.newPortal();
        SipLine line = edge.addLine(portal, As.APP_A, "cloud", "Registered");
        String id = "{\"CONFIG_ID\":" + line.configId();
        for (String field : List.of("SERVER", "LOGIN", "PASSWORD")) {
            edge.stores.sipLines().recordRegistration(line, 200, "");
            assertEquals(200, update(portal, As.APP_A, id + ",\"TITLE\":\"Registered " + field + "\"}").status());
            assertEquals(200, stored(portal, As.APP_A, line).registrationStatusCode(), "title only: " + field);
            assertEquals(200, update(portal, As.APP_A, id + ",\"" + field + "\":\"changed\"}").status());
            assertEquals(0, stored(portal, As.APP_A, line).registrationStatusCode(), field);
        }
    }

    @Test
    void formBodiesAndKeysInAnyCase() {
        TestPortal portal = edge.newPortal();
        SipLine line = edge.addLine(portal, As.WEBHOOK, "office", "Form");
        Reply reply = edge.postForm(portal.webhookPath() + "voximplant.sip.update",
                "config_id=" + line.configId() + "&title=Form+updated&Server=form.example.com");
        assertEquals(200, reply.status(), reply::toString);
        SipLine after = stored(portal, As.WEBHOOK, line);
        assertEquals("Form updated", after.title());
        assertEquals("form.example.com", after.server());
    }

    @Test
    void authorization() {
        TestPortal portal = edge.newPortal();
        SipLine line = edge.addLine(portal, As.WEBHOOK, "office", "Guarded");
        SipLine before = stored(portal, As.WEBHOOK, line);
        edge.assertCallersWithoutRightsAreRefused(portal, "voximplant.sip.update",
                "{\"CONFIG_ID\":" + line.configId() + ",\"TITLE\":\"x\"}");
        assertEquals(before, stored(portal, As.WEBHOOK, line));
    }
}
