package com.telephony.functions.batch;

import com.telephony.testsupport.EventFileCall;
import com.telephony.testsupport.EventFiles;
import com.telephony.testsupport.HandlerClient;
import com.telephony.testsupport.Reply;
import com.telephony.testsupport.TestEnvironment;
import com.telephony.testsupport.TestExternalLines;
import com.telephony.testsupport.TestLines;
import com.telephony.testsupport.TestPortal;
import com.telephony.testsupport.TestPortal.As;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static com.telephony.testsupport.BitrixAssertions.assertError;
import static com.telephony.testsupport.JsonFields.keys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code batch} through the real Lambda handler, with API Gateway events and a Lambda Context, on a real DynamoDB
 * engine: its event file, CRest's form through the event conversion, routing, and the wiring that lets its
 * commands reach every method of the artifact. What batch answers is unit-tested in shared/bitrix-rest
 * ({@code BatchMethodTest}).
 */
class BatchHandlerTest {
    private static BatchHandler handler;
    private static HandlerClient client;

    @BeforeAll
    static void start() {
        TestEnvironment.get();
        handler = new BatchHandler();
        client = new HandlerClient(handler);
    }

    @AfterAll
    static void stop() {
        handler.close();
    }

    @Test
    void theEventFileGoesThroughTheHandlerWithALambdaContext() {
        EventFiles.addDevLine("cloud", "Listed by the batch event");
        Reply reply = EventFileCall.assertOk(client, "batch", "result", "time");
        JsonNode result = reply.result();
        assertEquals(List.of("result", "result_error", "result_total", "result_next", "result_time"), keys(result));
        assertEquals(List.of("lines", "connector"), keys(result.get("result")));
        assertTrue(result.get("result").get("lines").size() >= 1, reply::toString);
        assertEquals(60, result.get("result").get("connector").get("FREE_MINUTES").getIntValue());
        assertEquals(0, result.get("result_error").size(), reply::toString);
    }

    @Test
    void crestsDoubleEncodedFormIsConvertedToTheSameCommands() {
        TestPortal portal = TestEnvironment.get().newPortal();
        TestLines.add(portal, As.WEBHOOK, "cloud", "Alpha");
        TestLines.add(portal, As.WEBHOOK, "cloud", "Beta");
        String form = "halt=0"
                + "&cmd%5Bfirst%5D=" + encode("voximplant.sip.get?FILTER%5BCONFIG_ID%5D=1")
                + "&cmd%5Bsecond%5D=" + encode("voximplant.sip.get?FILTER%5BTITLE%5D=Beta");

        Reply reply = client.postForm(portal.webhookPath() + "batch", form);

        assertEquals(200, reply.status(), reply::toString);
        JsonNode results = reply.result().get("result");
        assertEquals(List.of("first", "second"), keys(results));
        assertEquals("Alpha", results.get("first").get(0).get("TITLE").getStringValue());
        assertEquals("Beta", results.get("second").get(0).get("TITLE").getStringValue());
    }

    @Test
    void itsCommandsReachEveryMethodOfTheArtifactAndTheirWritesAreStored() {
        TestPortal portal = TestEnvironment.get().newPortal();
        Reply webhook = client.postJson(portal.webhookPath() + "Batch.json", "{\"cmd\":{"
                + "\"add\":\"voximplant.sip.add?TYPE=office&TITLE=Made+in+batch&SERVER=pbx.example.com&LOGIN=u1\","
                + "\"time\":\"server.time\",\"profile\":\"profile\",\"status\":\"voximplant.sip.connector.status\"}}");
        assertEquals(200, webhook.status(), webhook::toString);
        assertEquals(0, webhook.result().get("result_error").size(), webhook::toString);
        long configId = Long.parseLong(webhook.result().get("result").get("add").get("CONFIG_ID").getStringValue());
        assertEquals("Made in batch", TestLines.find(portal, As.WEBHOOK, configId).orElseThrow().title());

        Reply app = client.postJson("/rest/batch", "{\"auth\":\"" + portal.tokenA() + "\",\"cmd\":{"
                + "\"add\":\"telephony.externalLine.add?NUMBER=555&NAME=Main\",\"info\":\"app.info\"}}");
        assertEquals(200, app.status(), app::toString);
        assertEquals(0, app.result().get("result_error").size(), app::toString);
        assertEquals("Main", TestExternalLines.stored(portal.portal().id(), portal.appA().clientId(), "555").orElseThrow().name());
    }

    @Test
    void thisFunctionServesBatchOnly() {
        TestPortal portal = TestEnvironment.get().newPortal();
        assertError(client.postJson(portal.webhookPath() + "voximplant.sip.get", "{}"), 404, "ERROR_METHOD_NOT_FOUND",
                "Method not found!");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
