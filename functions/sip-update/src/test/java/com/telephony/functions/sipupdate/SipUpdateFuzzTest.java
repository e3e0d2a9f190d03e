package com.telephony.functions.sipupdate;

import com.telephony.testsupport.fuzz.Fuzz;
import org.junit.jupiter.api.Test;

/** Hostile API Gateway events through the real handler: never a 5xx, a leak or an answer outside the protocol. */
class SipUpdateFuzzTest {
    @Test
    void hostileRequestsGetTheProtocolsErrors() {
        Fuzz.bitrix(SipUpdateHandler::new, "SipUpdateFunction", "voximplant.sip.update");
    }
}
