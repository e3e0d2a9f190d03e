package com.telephony.functions.sipupdate;

import com.telephony.domain.sip.SipLine;
import com.telephony.testsupport.Concurrently;
import com.telephony.testsupport.EventFileCall;
import com.telephony.testsupport.EventFiles;
import com.telephony.testsupport.HandlerClient;
import com.telephony.testsupport.Reply;
import com.telephony.testsupport.StoredItems;
import com.telephony.testsupport.TestEnvironment;
import com.telephony.testsupport.TestLines;
import com.telephony.testsupport.TestPortal;
import com.telephony.testsupport.TestPortal.As;
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

/**
 * voximplant.sip.update through the real Lambda handler, with API Gateway events and a Lambda Context, on a real
 * DynamoDB engine: its event file, event conversion, wiring, and the races on the engine. The method's rules are
 * unit tests in shared/bitrix-rest ({@code SipUpdateMethodTest}).
 */
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
        return client.postJson(portal.url(as, "voximplant.sip.update"), json);
    }

    private static SipLine stored(TestPortal portal, As as, SipLine line) {
        return TestLines.find(portal, as, line.configId()).orElseThrow();
    }

    @Test
    void theEventFileGoesThroughTheHandlerWithALambdaContext() {
        EventFiles.addDevLine("cloud", "SIP line 1");
        Reply reply = EventFileCall.assertOk(client, "sip-update", "result", "time");
        assertTrue(reply.text().startsWith("{\"result\":1,\"time\":{"), reply.text());
    }

    @Test
    void thisFunctionServesSipUpdateOnly() {
        TestPortal portal = TestEnvironment.get().newPortal();
        SipLine line = TestLines.add(portal, As.WEBHOOK, "office", "Routed");
        assertEquals(200, client.postJson(portal.webhookPath() + "VoxImplant.SIP.Update.json",
                "{\"CONFIG_ID\":" + line.configId() + ",\"TITLE\":\"Routed 2\"}").status());
        Reply other = client.postJson(portal.webhookPath() + "voximplant.sip.get", "{}");
        assertEquals(404, other.status(), other::toString);
        assertEquals("ERROR_METHOD_NOT_FOUND", other.error());
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
