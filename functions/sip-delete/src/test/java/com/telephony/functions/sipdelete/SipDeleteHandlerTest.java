package com.telephony.functions.sipdelete;

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

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.telephony.testsupport.BitrixAssertions.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * voximplant.sip.delete through the real Lambda handler, with API Gateway events and a Lambda Context, on a real
 * DynamoDB engine: what only the function can show (its event file, event conversion, routing and wiring, the
 * parallel deletes and what they leave in the table). The method's rules are unit tests in shared/bitrix-rest
 * ({@code SipDeleteMethodTest}); what a deletion frees in the table, the store contract suite.
 */
class SipDeleteHandlerTest {
    private static SipDeleteHandler handler;
    private static HandlerClient client;

    @BeforeAll
    static void start() {
        TestEnvironment.get();
        handler = new SipDeleteHandler();
        client = new HandlerClient(handler);
    }

    @AfterAll
    static void stop() {
        handler.close();
    }

    private static Reply delete(TestPortal portal, As as, long configId) {
        return client.postJson(portal.url(as, "voximplant.sip.delete"), "{\"CONFIG_ID\":" + configId + "}");
    }

    @Test
    void theEventFileGoesThroughTheHandlerWithALambdaContext() {
        SipLine line = EventFiles.addDevLine("office", "Deleted by the event file");
        Reply reply = EventFileCall.assertOk(client, "sip-delete", Map.of("\"CONFIG_ID\":1", "\"CONFIG_ID\":" + line.configId()), "result", "time");
        assertTrue(reply.result().isNumber());
        assertEquals(1, reply.result().getIntValue());
    }

    @Test
    void formBodiesAndQueryStringsAreConverted() {
        TestPortal portal = TestEnvironment.get().newPortal();
        SipLine first = TestLines.add(portal, As.WEBHOOK, "office", "");
        SipLine second = TestLines.add(portal, As.APP_A, "office", "");
        assertEquals(200, client.postForm(portal.webhookPath() + "voximplant.sip.delete", "config_id=" + first.configId()).status());
        assertEquals(200, client.get("/rest/voximplant.sip.delete.json",
                "auth=" + portal.tokenA() + "&CONFIG_ID=" + second.configId()).status());
        assertTrue(TestLines.find(portal, As.WEBHOOK, first.configId()).isEmpty());
        assertTrue(TestLines.find(portal, As.APP_A, second.configId()).isEmpty());
    }

    @Test
    void routingLetterCaseAndSuffixesReachTheMethodAndOnlyIt() {
        TestPortal portal = TestEnvironment.get().newPortal();
        SipLine line = TestLines.add(portal, As.WEBHOOK, "office", "");
        Reply xml = client.postJson(portal.webhookPath() + "VoxImplant.Sip.Delete.xml", "{\"CONFIG_ID\":" + line.configId() + "}");
        assertEquals(200, xml.status(), xml::toString);
        assertTrue(xml.text().startsWith("<?xml"), xml.text());
        assertError(client.postJson(portal.webhookPath() + "voximplant.sip.add", "{}"), 404, "ERROR_METHOD_NOT_FOUND",
                "Method not found!");
    }

    @Test
    void parallelDeletesOfOneLineSucceedOnceAndFreeItsSlotOnce() throws Exception {
        TestPortal portal = TestEnvironment.get().newPortal();
        TestLines.add(portal, As.WEBHOOK, "cloud", "Stays");
        SipLine office = TestLines.add(portal, As.WEBHOOK, "office", "Office");
        SipLine line = TestLines.add(portal, As.WEBHOOK, "cloud", "Raced");
        assertEquals(200, delete(portal, As.WEBHOOK, office.configId()).status());
        assertEquals(Optional.of("2"), cloudCount(portal), "an office line holds no cloud slot");

        List<Reply> replies = Concurrently.run(8, i -> delete(portal, As.WEBHOOK, line.configId()));

        assertEquals(1, replies.stream().filter(r -> r.status() == 200).count(), replies::toString);
        replies.stream().filter(r -> r.status() != 200)
                .forEach(r -> assertError(r, 400, "ERROR_NOT_FOUND", "Specified CONFIG_ID is not found"));
        assertEquals(Optional.of("1"), cloudCount(portal));
        assertEquals(List.of("TITLE#stays"), portalItems(portal, "TITLE#"));
        assertEquals(List.of(), portalItems(portal, "REG#" + line.regId()));
    }

    private static Optional<String> cloudCount(TestPortal portal) {
        return items(portal).stream().filter(item -> item.get("sk").s().equals("COUNT#CLOUD"))
                .map(item -> item.get("cloudLines").n()).findFirst();
    }

    private static List<String> portalItems(TestPortal portal, String skPrefix) {
        return items(portal).stream().map(item -> item.get("sk").s()).filter(sk -> sk.startsWith(skPrefix)).sorted().toList();
    }

    private static List<Map<String, AttributeValue>> items(TestPortal portal) {
        String pk = "PORTAL#" + portal.portal().id();
        return StoredItems.all().stream().filter(item -> item.get("pk").s().equals(pk)).toList();
    }
}
