package com.telephony.functions.externallineget;

import com.telephony.testsupport.fuzz.Fuzz;
import org.junit.jupiter.api.Test;

/** Hostile API Gateway events through the real handler: never a 5xx, a leak or an answer outside the protocol. */
class ExternalLineGetFuzzTest {
    @Test
    void hostileRequestsGetTheProtocolsErrors() {
        Fuzz.bitrix(ExternalLineGetHandler::new, "ExternalLineGetFunction", "telephony.externalLine.get");
    }
}
