package com.telephony.functions.sipendpointdelete;

import com.telephony.testsupport.fuzz.Fuzz;
import org.junit.jupiter.api.Test;

/** Hostile API Gateway events through the real handler: never a 5xx, a leak or an answer outside the protocol. */
class SipEndpointDeleteFuzzTest {
    @Test
    void hostileRequestsGetTheProtocolsErrors() {
        Fuzz.fabric(SipEndpointDeleteHandler::new, "SipEndpointDeleteFunction", "DELETE", true);
    }
}
