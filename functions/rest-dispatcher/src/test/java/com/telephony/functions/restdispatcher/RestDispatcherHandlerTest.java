package com.telephony.functions.restdispatcher;

import com.telephony.testsupport.EventFileCall;
import com.telephony.testsupport.EventFiles;
import com.telephony.testsupport.HandlerClient;
import com.telephony.testsupport.Reply;
import com.telephony.testsupport.TestEnvironment;
import com.telephony.testsupport.TestPortal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the catch-all route receives, through the real Lambda handler with a Lambda Context: its event file, other
 * letter cases, suffixes and slashes are served; unknown methods are 404; priming. The methods' rules are unit
 * tests in shared/bitrix-rest.
 */
class RestDispatcherHandlerTest {
    private static RestDispatcherHandler handler;
    private static HandlerClient client;

    @BeforeAll
    static void start() {
        TestEnvironment.get();
        handler = new RestDispatcherHandler();
        client = new HandlerClient(handler);
    }

    @AfterAll
    static void stop() {
        handler.close();
    }

    @Test
    void theEventFileGoesThroughTheHandlerWithALambdaContext() {
        EventFiles.provisionDevTenant();
        Reply reply = EventFileCall.assertOk(client, "rest-dispatcher", "result", "time");
        assertEquals("Office PBX 1", reply.result().get("TITLE").getStringValue());
        assertEquals("office", reply.result().get("TYPE").getStringValue());
    }

    @Test
    void otherLetterCasesAndSuffixesAreServed() {
        TestPortal portal = TestEnvironment.get().newPortal();
        String body = "{\"TYPE\":\"office\",\"SERVER\":\"s.example\",\"LOGIN\":\"u\"}";
        for (String method : new String[]{"VOXIMPLANT.SIP.ADD", "Voximplant.Sip.Add.json", "voximplant.sip.add/"}) {
            Reply reply = client.postJson(portal.webhookPath() + method, body);
            assertEquals(200, reply.status(), method + ": " + reply);
            assertTrue(reply.result().get("CONFIG_ID").isString());
        }
        Reply xml = client.postJson(portal.webhookPath() + "voximplant.sip.add.xml", body);
        assertEquals("text/xml; charset=utf-8", xml.headers().get("Content-Type"));
    }

    @Test
    void unknownMethodsAreBitrixNotFound() {
        Reply reply = client.postJson("/rest/crm.lead.list", "{}");
        assertEquals(404, reply.status());
        assertEquals("ERROR_METHOD_NOT_FOUND", reply.error());
        assertEquals("Method not found!", reply.errorDescription());
    }

    @Test
    void snapStartPrimingGoesThroughAServedMethodToTheCredentialLookup() {
        assertEquals(List.of(401), handler.prime().primingStatuses());
    }
}
