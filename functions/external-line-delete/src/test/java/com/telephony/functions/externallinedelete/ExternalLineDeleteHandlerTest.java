package com.telephony.functions.externallinedelete;

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
 * telephony.externalLine.delete through the real Lambda handler, with API Gateway events and a Lambda Context, on a
 * real DynamoDB engine: its event file and what it removes from the table, event conversion, routing and wiring.
 * The method's rules are unit tests in shared/bitrix-rest ({@code ExternalLineDeleteMethodTest}).
 */
class ExternalLineDeleteHandlerTest {
    private static final String DELETE = "/rest/telephony.externalLine.delete";

    private static ExternalLineDeleteHandler handler;
    private static HandlerClient client;

    @BeforeAll
    static void start() {
        TestEnvironment.get();
        handler = new ExternalLineDeleteHandler();
        client = new HandlerClient(handler);
    }

    @AfterAll
    static void stop() {
        handler.close();
    }

    @Test
    void theEventFileGoesThroughTheHandlerWithALambdaContextAndRemovesTheLine() {
        EventFiles.provisionDevTenant();
        TestExternalLines.add(EventFiles.APP_TOKEN, "14151234567", "Support Line", "N");
        Reply reply = EventFileCall.assertOk(client, "external-line-delete", "result", "time");
        assertTrue(reply.text().startsWith("{\"result\":[],\"time\":{"), reply.text());
        assertTrue(TestExternalLines.stored(EventFiles.PORTAL_ID, "local.devapp.0001", "14151234567").isEmpty());
    }

    @Test
    void formBodiesAndQueryStringsAreConverted() {
        TestPortal portal = TestEnvironment.get().newPortal();
        TestExternalLines.add(portal.tokenA(), "600", null, null);
        TestExternalLines.add(portal.tokenA(), "601", null, null);
        assertEquals(200, client.postForm(DELETE, "auth=" + portal.tokenA() + "&NUMBER=600").status());
        assertEquals(200, client.get(DELETE + ".json", "auth=" + portal.tokenA() + "&NUMBER=601").status());
        assertTrue(TestExternalLines.stored(portal.portal().id(), portal.appA().clientId()).isEmpty());
        assertError(client.postForm(DELETE, "auth=" + portal.tokenA() + "&NUMBER=600"), 400, "ERROR_CORE",
                "Could not find line with number 600");
    }

    @Test
    void routingLetterCaseAndSuffixesReachTheMethodAndOnlyIt() {
        TestPortal portal = TestEnvironment.get().newPortal();
        TestExternalLines.add(portal.tokenA(), "700", null, null);
        Reply xml = client.postJson("/rest/Telephony.ExternalLine.Delete.xml?auth=" + portal.tokenA(), "{\"NUMBER\":\"700\"}");
        assertEquals(200, xml.status(), xml::toString);
        assertTrue(xml.text().startsWith("<?xml"), xml.text());
        assertError(client.postJson("/rest/telephony.externalLine.get?auth=" + portal.tokenA(), "{}"), 404,
                "ERROR_METHOD_NOT_FOUND", "Method not found!");
    }
}
