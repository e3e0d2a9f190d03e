package com.telephony.functions.sipendpointcreate;

import com.telephony.testsupport.fuzz.Fuzz;
import org.junit.jupiter.api.Test;

/** Hostile API Gateway events through the real handler: never a 5xx, a leak or an answer outside the protocol. */
class SipEndpointCreateFuzzTest {
    @Test
    void hostileRequestsGetTheProtocolsErrors() {
        Fuzz.fabric(SipEndpointCreateHandler::new, "SipEndpointCreateFunction", "POST", false);
    }
}
