package com.telephony.functions.sipdelete;

import com.telephony.domain.sip.CloudLineLimitReached;
import com.telephony.domain.sip.SipLine;
import com.telephony.domain.sip.SipLineTitleTaken;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.telephony.testsupport.JsonFields.keys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** voximplant.sip.delete through the real Lambda handler, with API Gateway events, on a real DynamoDB engine. */
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
        return client.postJson(TestLines.url(portal, as, "voximplant.sip.delete"), "{\"CONFIG_ID\":" + configId + "}");
    }

    @Test
    void deletesTheLineAndAnswersOne() {
        TestPortal portal = TestEnvironment.get().newPortal();
        SipLine line = TestLines.add(portal, As.WEBHOOK, "office", "Doomed");
        SipLine kept = TestLines.add(portal, As.WEBHOOK, "office", "Kept");

        Reply reply = delete(portal, As.WEBHOOK, line.configId());
        assertEquals(200, reply.status(), reply::toString);
        assertEquals(1, reply.result().getIntValue());
        assertTrue(reply.result().isNumber());
        assertEquals(List.of("result", "time"), keys(reply.json()));
        assertTrue(TestLines.find(portal, As.WEBHOOK, line.configId()).isEmpty());
        assertTrue(TestLines.find(portal, As.WEBHOOK, kept.configId()).isPresent());
        assertEquals(List.of("TITLE#kept"), portalItems(portal, "TITLE#"));
    }

    @Test
    void unknownMissingOrForeignLinesAreNotFoundWithStatus400() {
        TestPortal portal = TestEnvironment.get().newPortal();
        SipLine ofA = TestLines.add(portal, As.APP_A, "cloud", "Of A");
        SipLine ofWebhook = TestLines.add(portal, As.WEBHOOK, "office", "Of webhook");

        assertNotFound(delete(portal, As.APP_B, ofA.configId()));
        assertNotFound(delete(portal, As.WEBHOOK, ofA.configId()));
        assertNotFound(delete(portal, As.APP_A, ofWebhook.configId()));
        assertNotFound(delete(TestEnvironment.get().newPortal(), As.WEBHOOK, ofWebhook.configId()));
        assertNotFound(delete(portal, As.WEBHOOK, 999));
        assertNotFound(client.postJson(portal.webhookPath() + "voximplant.sip.delete", "{}"));
        assertNotFound(client.postJson(portal.webhookPath() + "voximplant.sip.delete", "{\"CONFIG_ID\":\"x\"}"));
        assertNotFound(client.postJson(portal.webhookPath() + "voximplant.sip.delete", "{\"CONFIG_ID\":{\"a\":1}}"));
        assertTrue(TestLines.find(portal, As.APP_A, ofA.configId()).isPresent());
        assertTrue(TestLines.find(portal, As.WEBHOOK, ofWebhook.configId()).isPresent());

        assertEquals(200, delete(portal, As.APP_A, ofA.configId()).status());
        assertNotFound(delete(portal, As.APP_A, ofA.configId()));
    }

    private static void assertNotFound(Reply reply) {
        assertEquals(400, reply.status(), reply::toString);
        assertEquals("ERROR_NOT_FOUND", reply.error());
        assertEquals("Specified CONFIG_ID is not found", reply.errorDescription());
    }

    @Test
    void deletingOneOfTenCloudLinesFreesOneSlotAndItsTitle() {
        TestPortal portal = TestEnvironment.get().newPortal();
        List<SipLine> cloud = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            cloud.add(TestLines.add(portal, i % 2 == 0 ? As.APP_A : As.WEBHOOK, "cloud", "Cloud " + i));
        }
        assertThrows(CloudLineLimitReached.class, () -> TestLines.add(portal, As.APP_B, "cloud", "Eleventh"));

        SipLine gone = cloud.get(4);
        assertEquals(200, delete(portal, As.APP_A, gone.configId()).status());
        assertTrue(portalItems(portal, "REG#" + gone.regId()).isEmpty(), "its REG_ID pointer is gone");

        SipLine reused = TestLines.add(portal, As.APP_B, "cloud", "cloud 4");
        assertEquals("cloud 4", reused.title(), "the deleted title is free again, in any case");
        assertThrows(CloudLineLimitReached.class, () -> TestLines.add(portal, As.WEBHOOK, "cloud", "Twelfth"),
                "exactly one slot was freed");
        assertThrows(SipLineTitleTaken.class, () -> TestLines.add(portal, As.WEBHOOK, "office", "Cloud 5"),
                "other titles stay taken");
        assertEquals(Optional.of("10"), cloudCount(portal));
    }

    @Test
    void deletingAnOfficeLineLeavesTheCloudCountAlone() {
        TestPortal portal = TestEnvironment.get().newPortal();
        TestLines.add(portal, As.WEBHOOK, "cloud", "");
        SipLine office = TestLines.add(portal, As.WEBHOOK, "office", "");
        assertEquals(200, delete(portal, As.WEBHOOK, office.configId()).status());
        assertEquals(Optional.of("1"), cloudCount(portal));
    }

    @Test
    void parallelDeletesOfOneLineSucceedOnceAndFreeItsSlotOnce() throws Exception {
        TestPortal portal = TestEnvironment.get().newPortal();
        TestLines.add(portal, As.WEBHOOK, "cloud", "Stays");
        SipLine line = TestLines.add(portal, As.WEBHOOK, "cloud", "Raced");
        List<Reply> replies = Concurrently.run(8, i -> delete(portal, As.WEBHOOK, line.configId()));

        assertEquals(1, replies.stream().filter(r -> r.status() == 200).count(), replies::toString);
        replies.stream().filter(r -> r.status() != 200).forEach(SipDeleteHandlerTest::assertNotFound);
        assertEquals(Optional.of("1"), cloudCount(portal));
        assertEquals(List.of("TITLE#stays"), portalItems(portal, "TITLE#"));
    }

    @Test
    void formAndQueryStringForms() {
        TestPortal portal = TestEnvironment.get().newPortal();
        SipLine first = TestLines.add(portal, As.WEBHOOK, "office", "");
        SipLine second = TestLines.add(portal, As.APP_A, "office", "");
        assertEquals(200, client.postForm(portal.webhookPath() + "voximplant.sip.delete", "config_id=" + first.configId()).status());
        assertEquals(200, client.get("/rest/voximplant.sip.delete.json",
                "auth=" + portal.tokenA() + "&CONFIG_ID=" + second.configId()).status());
        assertTrue(TestLines.find(portal, As.APP_A, second.configId()).isEmpty());
    }

    @Test
    void authorization() {
        TestPortal portal = TestEnvironment.get().newPortal();
        SipLine line = TestLines.add(portal, As.WEBHOOK, "office", "");
        Reply denied = client.postJson(portal.noPermissionWebhookPath() + "voximplant.sip.delete",
                "{\"CONFIG_ID\":" + line.configId() + "}");
        assertEquals(403, denied.status());
        assertEquals("ACCESS_DENIED", denied.error());
        Reply expired = client.postJson("/rest/voximplant.sip.delete?auth=" + portal.expiredTokenA(), "{\"CONFIG_ID\":1}");
        assertEquals(401, expired.status());
        assertEquals("expired_token", expired.error());
        assertTrue(TestLines.find(portal, As.WEBHOOK, line.configId()).isPresent());
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
