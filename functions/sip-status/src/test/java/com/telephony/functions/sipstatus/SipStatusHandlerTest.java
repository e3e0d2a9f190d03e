package com.telephony.functions.sipstatus;

import com.telephony.domain.sip.SipLine;
import com.telephony.testsupport.EventFileCall;
import com.telephony.testsupport.EventFiles;
import com.telephony.testsupport.HandlerClient;
import com.telephony.testsupport.Reply;
import com.telephony.testsupport.TestEnvironment;
import com.telephony.testsupport.TestLines;
import com.telephony.testsupport.TestPortal;
import com.telephony.testsupport.TestPortal.As;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.telephony.testsupport.BitrixAssertions.assertError;
import static com.telephony.testsupport.JsonFields.keys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * voximplant.sip.status through the real Lambda handler, with API Gateway events and a Lambda Context, on a real
 * DynamoDB engine: its event file, event conversion, routing and wiring, and the result kept on the stored line.
 * The method's rules are unit tests in shared/bitrix-rest ({@code SipStatusMethodTest}).
 */
class SipStatusHandlerTest {
    private static SipStatusHandler handler;
    private static HandlerClient client;

    @BeforeAll
    static void start() {
        TestEnvironment.get();
        handler = new SipStatusHandler();
        client = new HandlerClient(handler);
    }

    @AfterAll
    static void stop() {
        handler.close();
    }

    @Test
    void theEventFileGoesThroughTheHandlerWithALambdaContextAndTheResultIsStored() {
        SipLine line = EventFiles.addDevLine("cloud", "Registered by the event file");
        Reply reply = EventFileCall.assertOk(client, "sip-status", Map.of("150001", Long.toString(line.regId())), "result", "time");
        assertEquals(List.of("REG_ID", "LAST_UPDATED", "ERROR_MESSAGE", "STATUS_CODE", "STATUS_RESULT"), keys(reply.result()));
        assertEquals(line.regId().longValue(), reply.result().get("REG_ID").getLongValue());
        assertEquals("success", reply.result().get("STATUS_RESULT").getStringValue());
    }

    @Test
    void formBodiesAndQueryStringsAreConvertedAndTheResultIsKeptInTheTable() {
        TestPortal portal = TestEnvironment.get().newPortal();
        SipLine line = TestLines.add(portal, As.APP_A, "cloud", "");
        Reply form = client.postForm(portal.url(As.APP_A, "voximplant.sip.status"), "reg_id=" + line.regId());
        assertEquals(200, form.status(), form::toString);
        Reply query = client.get("/rest/voximplant.sip.status.json", "auth=" + portal.tokenA() + "&REG_ID=" + line.regId());
        assertEquals(200, query.status(), query::toString);
        SipLine stored = TestLines.find(portal, As.APP_A, line.configId()).orElseThrow();
        assertEquals(200, stored.registrationStatusCode());
        assertEquals("", stored.registrationErrorMessage());
    }

    @Test
    void routingLetterCaseAndSuffixesReachTheMethodAndOnlyIt() {
        TestPortal portal = TestEnvironment.get().newPortal();
        SipLine line = TestLines.add(portal, As.WEBHOOK, "cloud", "");
        Reply xml = client.postJson(portal.webhookPath() + "VoxImplant.Sip.Status.xml", "{\"REG_ID\":" + line.regId() + "}");
        assertEquals(200, xml.status(), xml::toString);
        assertTrue(xml.text().startsWith("<?xml") && xml.text().contains("<STATUS_RESULT>success</STATUS_RESULT>"), xml.text());
        assertError(client.postJson(portal.webhookPath() + "voximplant.sip.delete", "{}"), 404, "ERROR_METHOD_NOT_FOUND",
                "Method not found!");
    }
}
