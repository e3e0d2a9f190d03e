package com.telephony.functions.externallineadd;

import com.telephony.testsupport.fuzz.Fuzz;
import org.junit.jupiter.api.Test;

/** Hostile API Gateway events through the real handler: never a 5xx, a leak or an answer outside the protocol. */
class ExternalLineAddFuzzTest {
    @Test
    void hostileRequestsGetTheProtocolsErrors() {
        Fuzz.bitrix(ExternalLineAddHandler::new, "ExternalLineAddFunction", "telephony.externalLine.add");
    }
}
