package com.telephony.functions.externallineget;

import com.telephony.testsupport.EventFileCall;
import com.telephony.testsupport.EventFiles;
import com.telephony.testsupport.HandlerClient;
import com.telephony.testsupport.Reply;
import com.telephony.testsupport.TestEnvironment;
import com.telephony.testsupport.TestExternalLines;
import com.telephony.testsupport.TestPortal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;


import static com.telephony.testsupport.BitrixAssertions.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * telephony.externalLine.get through the real Lambda handler, with API Gateway events and a Lambda Context, on a
 * real DynamoDB engine: its event file, event conversion, routing and wiring. Rows, order, isolation and errors are
 * unit tests in shared/bitrix-rest ({@code ExternalLineGetMethodTest}).
 */
class ExternalLineGetHandlerTest {
    private static final String GET = "/rest/telephony.externalLine.get";

    private static ExternalLineGetHandler handler;
    private static HandlerClient client;

    @BeforeAll
    static void start() {
        TestEnvironment.get();
        handler = new ExternalLineGetHandler();
        client = new HandlerClient(handler);
    }

    @AfterAll
    static void stop() {
        handler.close();
    }

    @Test
    void theEventFileGoesThroughTheHandlerWithALambdaContext() {
        EventFiles.provisionDevTenant();
        TestExternalLines.add(EventFiles.APP_TOKEN, "14151234567", "Support Line", "N");
        Reply reply = EventFileCall.assertOk(client, "external-line-get", "result", "time");
        assertTrue(reply.text().startsWith("{\"result\":["
                + "{\"NUMBER\":\"14151234567\",\"NAME\":\"Support Line\",\"CRM_AUTO_CREATE\":\"N\"}],\"time\":{"), reply.text());
    }

    @Test
    void jsonPhpFormAndQueryStringAnswerAlike() {
        TestPortal portal = TestEnvironment.get().newPortal();
        TestExternalLines.add(portal.tokenA(), "333", "Form", "N");
        TestExternalLines.add(portal.tokenA(), "334", "Second", null);
        Reply json = client.postJson(GET, "{\"auth\":\"" + portal.tokenA() + "\"}");
        assertEquals(200, json.status(), json::toString);
        assertEquals(2, json.result().size());
        assertEquals(json.result(), client.postForm(GET, "auth=" + portal.tokenA()).result());
        assertEquals(json.result(), client.get(GET + ".json", "auth=" + portal.tokenA()).result());
    }

    @Test
    void routingLetterCaseAndSuffixesReachTheMethodAndOnlyIt() {
        TestPortal portal = TestEnvironment.get().newPortal();
        TestExternalLines.add(portal.tokenA(), "444", "X & Y", "Y");
        Reply xml = client.get("/rest/Telephony.ExternalLine.Get.xml", "auth=" + portal.tokenA());
        assertEquals(200, xml.status(), xml::toString);
        assertTrue(xml.text().contains("<NUMBER>444</NUMBER><NAME>X &amp; Y</NAME>"), xml.text());
        assertError(client.postJson("/rest/telephony.externalLine.add?auth=" + portal.tokenA(), "{\"NUMBER\":\"1\"}"), 404,
                "ERROR_METHOD_NOT_FOUND", "Method not found!");
    }
}
