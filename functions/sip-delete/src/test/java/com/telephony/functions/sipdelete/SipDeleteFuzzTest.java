package com.telephony.functions.sipdelete;

import com.telephony.testsupport.fuzz.Fuzz;
import org.junit.jupiter.api.Test;

/** Hostile API Gateway events through the real handler: never a 5xx, a leak or an answer outside the protocol. */
class SipDeleteFuzzTest {
    @Test
    void hostileRequestsGetTheProtocolsErrors() {
        Fuzz.bitrix(SipDeleteHandler::new, "SipDeleteFunction", "voximplant.sip.delete");
    }
}
