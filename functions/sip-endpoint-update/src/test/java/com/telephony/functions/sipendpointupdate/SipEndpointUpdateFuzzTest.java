package com.telephony.functions.sipendpointupdate;

import com.telephony.testsupport.fuzz.Fuzz;
import org.junit.jupiter.api.Test;

/** Hostile API Gateway events through the real handler: never a 5xx, a leak or an answer outside the protocol. */
class SipEndpointUpdateFuzzTest {
    @Test
    void hostileRequestsGetTheProtocolsErrors() {
        Fuzz.fabric(SipEndpointUpdateHandler::new, "SipEndpointUpdateFunction", "PUT", true);
    }
}
