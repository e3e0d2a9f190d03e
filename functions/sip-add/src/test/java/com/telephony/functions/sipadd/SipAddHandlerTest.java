package com.telephony.functions.sipadd;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.telephony.lambda.ApiGatewayHandler;
import com.telephony.testsupport.Concurrently;
import com.telephony.testsupport.EventFileCall;
import com.telephony.testsupport.EventFiles;
import com.telephony.testsupport.Events;
import com.telephony.testsupport.HandlerClient;
import com.telephony.testsupport.Reply;
import com.telephony.testsupport.StoredItems;
import com.telephony.testsupport.TestEnvironment;
import com.telephony.testsupport.TestPortal;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import static com.telephony.testsupport.BitrixAssertions.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * voximplant.sip.add through the real Lambda handler, with API Gateway events and a Lambda Context, on a real
 * DynamoDB engine: what only the function can show (its event file, event conversion, routing and wiring, races
 * on the engine, what is stored, priming). The method's rules are unit tests in shared/bitrix-rest
 * ({@code SipAddMethodTest}).
 */
class SipAddHandlerTest {
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
    void theEventFileGoesThroughTheHandlerWithALambdaContext() {
        EventFiles.provisionDevTenant();
        Reply reply = EventFileCall.assertOk(client, "sip-add", "result", "time");
        JsonNode result = reply.result();
        assertTrue(result.get("CONFIG_ID").isString());
        assertTrue(result.get("REG_ID").isNumber(), "REG_ID is a JSON number in sip.add");
        assertEquals("cloud", result.get("TYPE").getStringValue());
        assertEquals("SIP line 1", result.get("TITLE").getStringValue());
    }

    @Test
    void formBodiesBase64BodiesAndQueryStringsAreConverted() {
        TestPortal portal = TestEnvironment.get().newPortal();
        Reply form = client.postForm(add(portal), "TYPE=cloud&TITLE=Line+F&SERVER=sip.provider.com&LOGIN=sip_user&PASSWORD=secret");
        assertEquals(200, form.status(), form::toString);
        assertEquals("Line F", form.result().get("TITLE").getStringValue());

        APIGatewayV2HTTPEvent encoded = Events.post(add(portal), "application/x-www-form-urlencoded", null);
        encoded.setBody(Base64.getEncoder().encodeToString("TYPE=office&TITLE=B64&SERVER=s&LOGIN=l".getBytes(StandardCharsets.UTF_8)));
        encoded.setIsBase64Encoded(true);
        Reply base64 = client.send(encoded);
        assertEquals(200, base64.status(), base64::toString);
        assertEquals("B64", base64.result().get("TITLE").getStringValue());

        Reply query = client.send(Events.event("POST", add(portal), "SERVER=query.example&LOGIN=q&TYPE=office",
                "application/json", "{\"SERVER\":\"body.example\"}"));
        assertEquals(200, query.status(), query::toString);
        assertEquals("body.example", query.result().get("SERVER").getStringValue(), "the body wins over the query");
        assertEquals("q", query.result().get("LOGIN").getStringValue());
    }

    @Test
    void routingLetterCaseAndSuffixesReachTheMethodAndOnlyIt() {
        TestPortal portal = TestEnvironment.get().newPortal();
        assertEquals(200, client.postJson(portal.webhookPath() + "VoxImplant.SIP.Add/", line("office", "k")).status());
        assertEquals(200, client.postJson("/rest/voximplant.sip.add.json?auth=" + portal.tokenA(), line("office", "q")).status());
        Reply xml = client.postJson(portal.webhookPath() + "voximplant.sip.add.xml", line("office", "x"));
        assertEquals(200, xml.status());
        assertTrue(xml.text().startsWith("<?xml") && xml.text().contains("<TYPE>office</TYPE>"), xml.text());
        assertError(client.postJson(portal.webhookPath() + "voximplant.sip.get", "{}"), 404, "ERROR_METHOD_NOT_FOUND",
                "Method not found!");
        assertError(client.postJson("/rest/1/whatever/voximplant.sip.add.php", "{}"), 404, "ERROR_METHOD_NOT_FOUND",
                "Method not found!");
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

    @Test
    void snapStartPrimingRehearsesOnItsOwnStoresReadsTheTableAndWritesNothing() {
        int before = StoredItems.all().size();

        ApiGatewayHandler.Priming priming = handler.prime();
        // 401, not 404 (no route) or 500 (no storage): the request reached the credential lookup in DynamoDB
        assertEquals(List.of(401), priming.primingStatuses());
        // every round of the real-storage priming ran: its reads found nothing and DynamoDB refused its writes
        assertEquals(100, priming.storageRounds());
        // the rehearsal added a cloud line every round, in its own in-memory stores
        assertFalse(priming.rehearsalStatuses().isEmpty());
        assertEquals(Set.of(200), Set.copyOf(priming.rehearsalStatuses()));
        assertEquals(before, StoredItems.all().size());
    }
}
