package com.telephony.functions.sipupdate;

import com.telephony.domain.sip.SipLine;
import com.telephony.domain.sip.SipLineDraft;
import com.telephony.testsupport.Concurrently;
import com.telephony.testsupport.HandlerClient;
import com.telephony.testsupport.Reply;
import com.telephony.testsupport.StoredItems;
import com.telephony.testsupport.TestEnvironment;
import com.telephony.testsupport.TestLines;
import com.telephony.testsupport.TestLines.As;
import com.telephony.testsupport.TestPortal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static com.telephony.testsupport.JsonFields.keys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** voximplant.sip.update through the real Lambda handler, with API Gateway events, on a real DynamoDB engine. */
class SipUpdateHandlerTest {
    private static SipUpdateHandler handler;
    private static HandlerClient client;

    @BeforeAll
    static void start() {
        TestEnvironment.get();
        handler = new SipUpdateHandler();
        client = new HandlerClient(handler);
    }

    @AfterAll
    static void stop() {
        handler.close();
    }

    private static Reply update(TestPortal portal, As as, String json) {
        return client.postJson(TestLines.url(portal, as, "voximplant.sip.update"), json);
    }

    private static SipLine stored(TestPortal portal, As as, SipLine line) {
        return TestLines.find(portal, as, line.configId()).orElseThrow();
    }

    @Test
    void seedExampleAsPrinted() {
        TestPortal portal = TestEnvironment.get().newPortal();
        for (int i = 1; i <= 5; i++) {
            TestLines.add(portal, As.WEBHOOK, "cloud", "SIP line " + i);
        }
        Reply reply = client.postJson(portal.webhookPath() + "voximplant.sip.update",
                "{\"CONFIG_ID\":5,\"TITLE\":\"SIP line 1 (updated)\"}");

        assertEquals(200, reply.status(), reply::toString);
        assertTrue(reply.text().startsWith("{\"result\":1,\"time\":{"), reply.text());
        assertEquals(List.of("result", "time"), keys(reply.json()));
        assertEquals("SIP line 1 (updated)", TestLines.find(portal, As.WEBHOOK, 5).orElseThrow().title());
        assertEquals("SIP line 4", TestLines.find(portal, As.WEBHOOK, 4).orElseThrow().title(), "other lines untouched");
    }

    @Test
    void seedOAuthExampleWithTheTokenInTheBody() {
        TestPortal portal = TestEnvironment.get().newPortal();
        SipLine line = TestLines.add(portal, As.APP_A, "office", "SIP line 1");
        Reply reply = client.postJson("/rest/voximplant.sip.update",
                "{\"CONFIG_ID\":" + line.configId() + ",\"TITLE\":\"SIP line 1 (updated)\",\"auth\":\"" + portal.tokenA() + "\"}");
        assertEquals(200, reply.status(), reply::toString);
        assertEquals("SIP line 1 (updated)", stored(portal, As.APP_A, line).title());
    }

    @Test
    void unknownMissingOrForeignLinesAreNotFound() {
        TestPortal portal = TestEnvironment.get().newPortal();
        SipLine ofA = TestLines.add(portal, As.APP_A, "office", "Of A");
        SipLine ofWebhook = TestLines.add(portal, As.WEBHOOK, "office", "Of webhook");
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
        TestPortal other = TestEnvironment.get().newPortal();
        assertNotFound(update(other, As.WEBHOOK, "{\"CONFIG_ID\":" + ofWebhook.configId() + change));

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
        TestPortal portal = TestEnvironment.get().newPortal();
        SipLine line = TestLines.add(portal, As.WEBHOOK, "cloud", "Unchanged");
        TestLines.store().recordRegistration(line, 200, "");
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
        TestPortal portal = TestEnvironment.get().newPortal();
        SipLine line = TestLines.add(portal, As.WEBHOOK, "office", "Checked");
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

        Reply normalised = update(portal, As.WEBHOOK, id + ",\"SERVER\":\" https://new.example.com \",\"LOGIN\":\" new \",\"PASSWORD\":\"" + "p".repeat(100) + "\"}");
        assertEquals(200, normalised.status(), normalised::toString);
        SipLine after = stored(portal, As.WEBHOOK, line);
        assertEquals("new.example.com", after.server());
        assertEquals("new", after.login());
        assertEquals("p".repeat(100), after.password());
        assertEquals(com.telephony.domain.sip.SipLineType.OFFICE, after.type(), "TYPE never changes a line");
    }

    private static void assertFields(Reply reply, String description) {
        assertEquals(400, reply.status(), reply::toString);
        assertEquals("CHECK_FIELDS_ERROR", reply.error());
        assertEquals(description, reply.errorDescription());
    }

    @Test
    void titlesStayUniqueExceptAgainstTheLineItself() {
        TestPortal portal = TestEnvironment.get().newPortal();
        SipLine mine = TestLines.add(portal, As.WEBHOOK, "office", "Mine");
        TestLines.add(portal, As.APP_B, "office", "Taken");
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
        assertTrue(titleGuards(portal).contains("TITLE#mine"));

        assertEquals(200, update(portal, As.WEBHOOK, id + ",\"TITLE\":\"Renamed\"}").status());
        assertEquals(Set.of("TITLE#renamed", "TITLE#taken"), titleGuards(portal));
        TestLines.add(portal, As.APP_A, "office", "mine");

        assertEquals(200, update(portal, As.WEBHOOK, id + ",\"TITLE\":\"\"}").status());
        assertEquals(Set.of("TITLE#taken", "TITLE#mine"), titleGuards(portal), "an emptied title frees its guard");
        TestLines.add(portal, As.APP_A, "office", "Renamed");
    }

    @Test
    void changingWhereTheLineRegistersResetsItsStatusButATitleDoesNot() {
        TestPortal portal = TestEnvironment.get().newPortal();
        SipLine line = TestLines.add(portal, As.APP_A, "cloud", "Registered");
        String id = "{\"CONFIG_ID\":" + line.configId();
        for (String field : List.of("SERVER", "LOGIN", "PASSWORD")) {
            TestLines.store().recordRegistration(line, 200, "");
            assertEquals(200, update(portal, As.APP_A, id + ",\"TITLE\":\"Registered " + field + "\"}").status());
            assertEquals(200, stored(portal, As.APP_A, line).registrationStatusCode(), "title only: " + field);
            assertEquals(200, update(portal, As.APP_A, id + ",\"" + field + "\":\"changed\"}").status());
            assertEquals(0, stored(portal, As.APP_A, line).registrationStatusCode(), field);
        }
    }

    @Test
    void twentyParallelUpdatesOfDifferentFieldsAllLand() throws Exception {
        TestPortal portal = TestEnvironment.get().newPortal();
        List<SipLine> lines = List.of(
                TestLines.add(portal, As.WEBHOOK, "cloud", "L0"), TestLines.add(portal, As.WEBHOOK, "office", "L1"),
                TestLines.add(portal, As.WEBHOOK, "cloud", "L2"), TestLines.add(portal, As.WEBHOOK, "office", "L3"),
                TestLines.add(portal, As.WEBHOOK, "cloud", "L4"));
        List<String> fields = List.of("TITLE", "SERVER", "LOGIN", "PASSWORD");

        List<Reply> replies = Concurrently.run(20, i -> {
            SipLine line = lines.get(i % 5);
            String field = fields.get(i / 5);
            return update(portal, As.WEBHOOK, "{\"CONFIG_ID\":" + line.configId() + ",\"" + field + "\":\""
                    + field.toLowerCase() + "-" + line.configId() + "\"}");
        });

        replies.forEach(reply -> assertEquals(200, reply.status(), reply::toString));
        for (SipLine line : lines) {
            SipLine after = stored(portal, As.WEBHOOK, line);
            long id = line.configId();
            assertEquals("title-" + id, after.title());
            assertEquals("server-" + id, after.server());
            assertEquals("login-" + id, after.login());
            assertEquals("password-" + id, after.password());
            assertEquals(0, after.registrationStatusCode());
        }
        assertEquals(lines.stream().map(l -> "TITLE#title-" + l.configId()).collect(Collectors.toSet()), titleGuards(portal));
    }

    @Test
    void parallelRenamesOfOneLineLeaveExactlyItsOwnGuard() throws Exception {
        TestPortal portal = TestEnvironment.get().newPortal();
        SipLine line = TestLines.add(portal, As.WEBHOOK, "office", "Start");
        List<Reply> replies = Concurrently.run(10, i ->
                update(portal, As.WEBHOOK, "{\"CONFIG_ID\":" + line.configId() + ",\"TITLE\":\"Name " + i + "\"}"));

        replies.forEach(reply -> assertEquals(200, reply.status(), reply::toString));
        String title = stored(portal, As.WEBHOOK, line).title();
        assertTrue(title.startsWith("Name "), title);
        assertEquals(Set.of("TITLE#" + title.toLowerCase()), titleGuards(portal));
    }

    @Test
    void parallelRenamesOfTwoLinesToOneTitleLetOneWin() throws Exception {
        TestPortal portal = TestEnvironment.get().newPortal();
        SipLine first = TestLines.add(portal, As.WEBHOOK, "office", "First");
        SipLine second = TestLines.add(portal, As.APP_A, "office", "Second");
        List<Reply> replies = Concurrently.run(2, i -> i == 0
                ? update(portal, As.WEBHOOK, "{\"CONFIG_ID\":" + first.configId() + ",\"TITLE\":\"Wanted\"}")
                : update(portal, As.APP_A, "{\"CONFIG_ID\":" + second.configId() + ",\"TITLE\":\"wanted\"}"));

        assertEquals(1, replies.stream().filter(r -> r.status() == 200).count(), replies::toString);
        assertEquals(1, replies.stream().filter(r -> "TITLE_EXISTS".equals(r.error())).count(), replies::toString);
        assertEquals(2, titleGuards(portal).size());
        assertTrue(titleGuards(portal).contains("TITLE#wanted"));
    }

    @Test
    void formBodiesAndKeysInAnyCase() {
        TestPortal portal = TestEnvironment.get().newPortal();
        SipLine line = TestLines.add(portal, As.WEBHOOK, "office", "Form");
        Reply reply = client.postForm(portal.webhookPath() + "voximplant.sip.update",
                "config_id=" + line.configId() + "&title=Form+updated&Server=form.example.com");
        assertEquals(200, reply.status(), reply::toString);
        SipLine after = stored(portal, As.WEBHOOK, line);
        assertEquals("Form updated", after.title());
        assertEquals("form.example.com", after.server());
    }

    @Test
    void authorization() {
        TestPortal portal = TestEnvironment.get().newPortal();
        SipLine line = TestLines.add(portal, As.WEBHOOK, "office", "Guarded");
        SipLine before = stored(portal, As.WEBHOOK, line);
        Reply denied = client.postJson(portal.noPermissionWebhookPath() + "voximplant.sip.update",
                "{\"CONFIG_ID\":" + line.configId() + ",\"TITLE\":\"x\"}");
        assertEquals(403, denied.status());
        assertEquals("ACCESS_DENIED", denied.error());
        Reply noAuth = client.postJson("/rest/voximplant.sip.update", "{\"CONFIG_ID\":" + line.configId() + "}");
        assertEquals(401, noAuth.status());
        assertEquals(before, stored(portal, As.WEBHOOK, line));
    }

    /** The sort keys of the portal's title guard items, as stored. */
    private static Set<String> titleGuards(TestPortal portal) {
        Set<String> guards = new HashSet<>();
        for (Map<String, AttributeValue> item : StoredItems.all()) {
            if (item.get("pk").s().equals("PORTAL#" + portal.portal().id()) && item.get("sk").s().startsWith("TITLE#")) {
                guards.add(item.get("sk").s());
            }
        }
        return guards;
    }
}
