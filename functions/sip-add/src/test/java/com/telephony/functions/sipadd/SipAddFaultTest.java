package com.telephony.functions.sipadd;

import com.telephony.testsupport.Reply;
import com.telephony.testsupport.TestEnvironment;
import com.telephony.testsupport.TestPortal;
import com.telephony.testsupport.faults.Fault;
import com.telephony.testsupport.faults.HandlerUnderFaults;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * DynamoDB faults under the real handler (docs/operations.md): throttling, conflicts, 5xx, timeouts and dropped
 * connections on its writes get the documented error, leave the tenant's items exactly as they were, and a retry
 * succeeds.
 */
class SipAddFaultTest {
    private static HandlerUnderFaults<SipAddHandler> faults;

    @BeforeAll
    static void start() {
        faults = HandlerUnderFaults.start(SipAddHandler::new);
    }

    @AfterAll
    static void stop() {
        faults.close();
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void aFaultWritesNothingAndTheRetrySucceeds(Fault fault) {
        TestPortal portal = TestEnvironment.get().newPortal();
        String body = "{\"TYPE\":\"cloud\",\"TITLE\":\"Fault " + fault + "\",\"SERVER\":\"sip.provider.com\","
                + "\"LOGIN\":\"u\",\"PASSWORD\":\"p\"}";
        Reply retried = faults.drill(fault, false, portal,
                () -> faults.client().postJson(portal.webhookPath() + "voximplant.sip.add", body));
        assertEquals("1", retried.result().get("ID").getStringValue(), "the failed add used no id");
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"THROTTLING", "CONNECTION_RESET"})
    void aFaultOnEveryCallToo(Fault fault) {
        TestPortal portal = TestEnvironment.get().newPortal();
        faults.drill(fault, true, portal, () -> faults.client().postJson(
                portal.webhookPath() + "voximplant.sip.add", "{\"SERVER\":\"sip.provider.com\",\"LOGIN\":\"u\"}"));
    }
}
