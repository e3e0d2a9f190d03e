package com.telephony.functions.sipadd;

import com.telephony.testsupport.fuzz.Fuzz;
import org.junit.jupiter.api.Test;

/** Hostile API Gateway events through the real handler: never a 5xx, a leak or an answer outside the protocol. */
class SipAddFuzzTest {
    @Test
    void hostileRequestsGetTheProtocolsErrors() {
        Fuzz.bitrix(SipAddHandler::new, "SipAddFunction", "voximplant.sip.add");
    }
}
