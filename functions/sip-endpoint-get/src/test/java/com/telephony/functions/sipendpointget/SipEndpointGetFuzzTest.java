package com.telephony.functions.sipendpointget;

import com.telephony.testsupport.fuzz.Fuzz;
import org.junit.jupiter.api.Test;

/** Hostile API Gateway events through the real handler: never a 5xx, a leak or an answer outside the protocol. */
class SipEndpointGetFuzzTest {
    @Test
    void hostileRequestsGetTheProtocolsErrors() {
        Fuzz.fabric(SipEndpointGetHandler::new, "SipEndpointGetFunction", "GET", true);
    }
}
