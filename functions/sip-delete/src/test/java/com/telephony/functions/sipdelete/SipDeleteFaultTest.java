package com.telephony.functions.sipdelete;

import com.telephony.domain.sip.SipLine;
import com.telephony.testsupport.TestEnvironment;
import com.telephony.testsupport.TestLines;
import com.telephony.testsupport.TestPortal;
import com.telephony.testsupport.faults.Fault;
import com.telephony.testsupport.faults.HandlerUnderFaults;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * DynamoDB faults under the real handler (docs/operations.md): throttling, conflicts, 5xx, timeouts and dropped
 * connections on its writes get the documented error, leave the tenant's items exactly as they were, and a retry
 * succeeds.
 */
class SipDeleteFaultTest {
    private static HandlerUnderFaults<SipDeleteHandler> faults;

    @BeforeAll
    static void start() {
        faults = HandlerUnderFaults.start(SipDeleteHandler::new);
    }

    @AfterAll
    static void stop() {
        faults.close();
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void aFaultWritesNothingAndTheRetrySucceeds(Fault fault) {
        TestPortal portal = TestEnvironment.get().newPortal();
        SipLine line = TestLines.add(portal, TestPortal.As.WEBHOOK, "cloud", "Doomed " + fault);
        faults.drill(fault, false, portal, () -> faults.client().postJson(
                portal.webhookPath() + "voximplant.sip.delete", "{\"CONFIG_ID\":" + line.configId() + "}"));
        assertTrue(TestLines.find(portal, TestPortal.As.WEBHOOK, line.configId()).isEmpty());
    }
}
