package com.telephony.functions.sipconnectorstatus;

import com.telephony.testsupport.fuzz.Fuzz;
import org.junit.jupiter.api.Test;

/** Hostile API Gateway events through the real handler: never a 5xx, a leak or an answer outside the protocol. */
class SipConnectorStatusFuzzTest {
    @Test
    void hostileRequestsGetTheProtocolsErrors() {
        Fuzz.bitrix(SipConnectorStatusHandler::new, "SipConnectorStatusFunction", "voximplant.sip.connector.status");
    }
}
