package com.telephony.functions.sipget;

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

import static com.telephony.testsupport.BitrixAssertions.assertError;
import static com.telephony.testsupport.JsonFields.configIds;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * voximplant.sip.get through the real Lambda handler, with API Gateway events and a Lambda Context, on a real
 * DynamoDB engine: its event file, event conversion (JSON, PHP form, query string) and wiring. Paging, filters,
 * sorting, errors and each caller's own lines are unit tests in shared/bitrix-rest ({@code SipGetMethodTest}).
 */
class SipGetHandlerTest {
    private static SipGetHandler handler;
    private static HandlerClient client;

    @BeforeAll
    static void start() {
        TestEnvironment.get();
        handler = new SipGetHandler();
        client = new HandlerClient(handler);
    }

    @AfterAll
    static void stop() {
        handler.close();
    }

    @Test
    void theEventFileGoesThroughTheHandlerWithALambdaContext() {
        for (int i = 1; i <= 4; i++) {
            EventFiles.addDevLine(i % 2 == 0 ? "office" : "cloud", "Line " + i);
        }
        Reply reply = EventFileCall.assertOk(client, "sip-get", "result", "total", "time");
        assertEquals(List.of(1L, 2L, 3L), configIds(reply.result()));
        assertEquals(3, reply.json().get("total").getIntValue());
    }

    @Test
    void jsonPhpFormAndQueryStringAnswerAlike() {
        TestPortal portal = TestEnvironment.get().newPortal();
        for (int i = 1; i <= 10; i++) {
            TestLines.add(portal, As.WEBHOOK, i % 2 == 0 ? "office" : "cloud", "Line " + i);
        }
        Reply json = client.postJson(portal.webhookPath() + "voximplant.sip.get",
                "{\"FILTER\":{\"CONFIG_ID\":[3,7,9]},\"SORT\":\"CONFIG_ID\",\"ORDER\":\"ASC\"}");
        assertEquals(200, json.status(), json::toString);
        assertEquals(List.of(3L, 7L, 9L), configIds(json.result()));

        Reply form = client.postForm(portal.webhookPath() + "voximplant.sip.get",
                "FILTER%5BCONFIG_ID%5D%5B0%5D=3&FILTER%5BCONFIG_ID%5D%5B1%5D=7&FILTER%5BCONFIG_ID%5D%5B2%5D=9&SORT=CONFIG_ID&ORDER=ASC");
        assertEquals(json.result(), form.result(), "the form answers exactly what JSON does");

        Reply query = client.get(portal.webhookPath() + "voximplant.sip.get",
                "FILTER[CONFIG_ID][]=9&FILTER[CONFIG_ID][]=3&FILTER[CONFIG_ID][]=7&SORT=CONFIG_ID&ORDER=DESC");
        assertEquals(List.of(9L, 7L, 3L), configIds(query.result()));
    }

    @Test
    void thisFunctionServesSipGetOnly() {
        TestPortal portal = TestEnvironment.get().newPortal();
        assertEquals(200, client.postJson(portal.webhookPath() + "VoxImplant.Sip.Get.json", "{}").status());
        assertError(client.postJson(portal.webhookPath() + "voximplant.sip.add", "{}"), 404, "ERROR_METHOD_NOT_FOUND",
                "Method not found!");
    }
}
