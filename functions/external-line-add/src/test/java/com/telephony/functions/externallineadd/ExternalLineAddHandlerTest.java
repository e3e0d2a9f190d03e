package com.telephony.functions.externallineadd;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.telephony.testsupport.Concurrently;
import com.telephony.testsupport.EventFileCall;
import com.telephony.testsupport.EventFiles;
import com.telephony.testsupport.Events;
import com.telephony.testsupport.HandlerClient;
import com.telephony.testsupport.Reply;
import com.telephony.testsupport.TestEnvironment;
import com.telephony.testsupport.TestExternalLines;
import com.telephony.testsupport.TestExternalLines.Stored;
import com.telephony.testsupport.TestPortal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static com.telephony.testsupport.BitrixAssertions.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * telephony.externalLine.add through the real Lambda handler, with API Gateway events and a Lambda Context, on a
 * real DynamoDB engine: what only the function can show (its event file and what it stores, event conversion,
 * routing and wiring, parallel adds on the engine). The method's rules are unit tests in shared/bitrix-rest
 * ({@code ExternalLineAddMethodTest}).
 */
class ExternalLineAddHandlerTest {
    private static final String ADD = "/rest/telephony.externalLine.add";

    private static ExternalLineAddHandler handler;
    private static HandlerClient client;

    @BeforeAll
    static void start() {
        TestEnvironment.get();
        handler = new ExternalLineAddHandler();
        client = new HandlerClient(handler);
    }

    @AfterAll
    static void stop() {
        handler.close();
    }

    @Test
    void theEventFileGoesThroughTheHandlerWithALambdaContextAndStoresTheLine() {
        EventFiles.provisionDevTenant();
        Reply reply = EventFileCall.assertOk(client, "external-line-add", "result", "time");
        assertTrue(reply.result().get("ID").isNumber(), "ID is a JSON number in add: " + reply);
        long id = reply.result().get("ID").getNumberValue().longValue();
        assertEquals(new Stored(id, "14151234567", "Main External Line", "Y"),
                TestExternalLines.stored(EventFiles.PORTAL_ID, "local.devapp.0001", "14151234567").orElseThrow());
    }

    @Test
    void formBodiesBase64BodiesAndQueryStringsAreConverted() {
        TestPortal portal = TestEnvironment.get().newPortal();
        Reply form = client.postForm(ADD, "auth=" + portal.tokenA() + "&NUMBER=+78001234567+&NAME=Form+Line&CRM_AUTO_CREATE=N");
        assertEquals(200, form.status(), form::toString);

        APIGatewayV2HTTPEvent encoded = Events.post(ADD + "?auth=" + portal.tokenA(), "application/x-www-form-urlencoded", null);
        encoded.setBody(Base64.getEncoder().encodeToString("NUMBER=555&NAME=B64".getBytes(StandardCharsets.UTF_8)));
        encoded.setIsBase64Encoded(true);
        assertEquals(200, client.send(encoded).status());

        assertEquals(200, client.get(ADD, "auth=" + portal.tokenA() + "&NUMBER=78000000001").status(), "GET works too");
        String app = portal.appA().clientId();
        assertEquals(new Stored(form.result().get("ID").getNumberValue().longValue(), "78001234567", "Form Line", "N"),
                TestExternalLines.stored(portal.portal().id(), app, "78001234567").orElseThrow());
        assertEquals("B64", TestExternalLines.stored(portal.portal().id(), app, "555").orElseThrow().name());
        assertTrue(TestExternalLines.stored(portal.portal().id(), app, "78000000001").isPresent());
    }

    @Test
    void routingLetterCaseAndSuffixesReachTheMethodAndOnlyIt() {
        TestPortal portal = TestEnvironment.get().newPortal();
        assertEquals(200, client.postJson("/rest/Telephony.ExternalLine.Add.json?auth=" + portal.tokenA(), "{\"NUMBER\":\"1\"}").status());
        Reply xml = client.postJson(ADD + ".xml?auth=" + portal.tokenA(), "{\"NUMBER\":\"2\"}");
        assertEquals(200, xml.status(), xml::toString);
        assertTrue(xml.text().startsWith("<?xml"), xml.text());
        assertError(client.postJson("/rest/telephony.externalLine.get?auth=" + portal.tokenA(), "{}"), 404,
                "ERROR_METHOD_NOT_FOUND", "Method not found!");
    }

    @Test
    void parallelAddsOfOneNumberLeaveOneLine() throws Exception {
        TestPortal portal = TestEnvironment.get().newPortal();
        List<Reply> replies = Concurrently.run(12, i -> client.postJson(ADD + "?auth=" + portal.tokenA(),
                "{\"NUMBER\":\"" + " ".repeat(i % 3) + "4950000000\",\"NAME\":\"racer " + i + "\"}"));

        assertEquals(1, replies.stream().filter(r -> r.status() == 200).count(), replies::toString);
        replies.stream().filter(r -> r.status() != 200).forEach(r -> assertError(r, 400, "ERROR_CORE", "Line already exists"));
        assertEquals(1, TestExternalLines.stored(portal.portal().id(), portal.appA().clientId()).size());
    }
}
