package com.telephony.functions.servertime;

import com.telephony.testsupport.EventFileCall;
import com.telephony.testsupport.EventFiles;
import com.telephony.testsupport.HandlerClient;
import com.telephony.testsupport.Reply;
import com.telephony.testsupport.TestEnvironment;
import com.telephony.testsupport.TestPortal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;


import static com.telephony.testsupport.BitrixAssertions.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * server.time through the real Lambda handler, with its event file and a Lambda Context: the answer's shape,
 * routing and wiring. The limits on the real engine are {@code ServerTimeLimitsTest}'s; the method's answer is
 * unit-tested in shared/bitrix-rest ({@code PlatformEdgeTest}, {@code BatchMethodTest}).
 */
class ServerTimeHandlerTest {
    private static ServerTimeHandler handler;
    private static HandlerClient client;

    @BeforeAll
    static void start() {
        TestEnvironment.get();
        handler = new ServerTimeHandler();
        client = new HandlerClient(handler);
    }

    @AfterAll
    static void stop() {
        handler.close();
    }

    @Test
    void theEventFileGoesThroughTheHandlerWithALambdaContext() {
        EventFiles.provisionDevTenant();
        Reply reply = EventFileCall.assertOk(client, "server-time", "result", "time");
        assertTrue(reply.result().getStringValue().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+00:00"),
                "the development portal's zone is UTC: " + reply);
    }

    @Test
    void routingLetterCaseAndSuffixesReachTheMethodAndOnlyIt() {
        TestPortal portal = TestEnvironment.get().newPortal();
        Reply xml = client.get(portal.webhookPath() + "Server.Time.xml", "");
        assertEquals(200, xml.status(), xml::toString);
        assertTrue(xml.text().startsWith("<?xml"), xml.text());
        assertError(client.postJson(portal.webhookPath() + "profile", "{}"), 404, "ERROR_METHOD_NOT_FOUND",
                "Method not found!");
    }
}
