package com.telephony.functions.externallinedelete;

import com.telephony.testsupport.fuzz.Fuzz;
import org.junit.jupiter.api.Test;

/** Hostile API Gateway events through the real handler: never a 5xx, a leak or an answer outside the protocol. */
class ExternalLineDeleteFuzzTest {
    @Test
    void hostileRequestsGetTheProtocolsErrors() {
        Fuzz.bitrix(ExternalLineDeleteHandler::new, "ExternalLineDeleteFunction", "telephony.externalLine.delete");
    }
}
