package com.telephony.functions.sipadd;

import com.telephony.testsupport.HandlerClient;
import com.telephony.testsupport.Reply;
import com.telephony.testsupport.TestEnvironment;
import com.telephony.testsupport.TestPortal;
import com.telephony.testsupport.faults.Fault;
import com.telephony.testsupport.faults.FaultDrill;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * DynamoDB faults under the real handler (docs/operations.md): throttling, conflicts, 5xx, timeouts and dropped
 * connections on its writes get the documented error, leave the tenant's items exactly as they were, and a retry
 * succeeds.
 */
class SipAddFaultTest {
    private static final FaultDrill.Expectation BITRIX = new FaultDrill.Expectation(
            FaultDrill::bitrixTemporaryFailure, reply -> reply.status() == 200);

    private static FaultDrill drill;
    private static SipAddHandler handler;
    private static HandlerClient client;

    @BeforeAll
    static void start() {
        drill = FaultDrill.start();
        handler = drill.handler(SipAddHandler::new);
        client = new HandlerClient(handler);
    }

    @AfterAll
    static void stop() {
        handler.close();
        drill.close();
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void aFaultWritesNothingAndTheRetrySucceeds(Fault fault) {
        TestPortal portal = TestEnvironment.get().newPortal();
        String body = "{\"TYPE\":\"cloud\",\"TITLE\":\"Fault " + fault + "\",\"SERVER\":\"sip.provider.com\","
                + "\"LOGIN\":\"u\",\"PASSWORD\":\"p\"}";
        Reply retried = drill.drill(fault, false, "PORTAL#" + portal.portal().id(),
                () -> client.postJson(portal.webhookPath() + "voximplant.sip.add", body), BITRIX);
        assertEquals("1", retried.result().get("ID").getStringValue(), "the failed add used no id");
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"THROTTLING", "CONNECTION_RESET"})
    void aFaultOnEveryCallToo(Fault fault) {
        TestPortal portal = TestEnvironment.get().newPortal();
        drill.drill(fault, true, "PORTAL#" + portal.portal().id(), () -> client.postJson(
                portal.webhookPath() + "voximplant.sip.add", "{\"SERVER\":\"sip.provider.com\",\"LOGIN\":\"u\"}"),
                BITRIX);
    }
}
