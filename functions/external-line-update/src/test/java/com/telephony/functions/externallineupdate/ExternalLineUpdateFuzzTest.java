package com.telephony.functions.externallineupdate;

import com.telephony.testsupport.fuzz.Fuzz;
import org.junit.jupiter.api.Test;

/** Hostile API Gateway events through the real handler: never a 5xx, a leak or an answer outside the protocol. */
class ExternalLineUpdateFuzzTest {
    @Test
    void hostileRequestsGetTheProtocolsErrors() {
        Fuzz.bitrix(ExternalLineUpdateHandler::new, "ExternalLineUpdateFunction", "telephony.externalLine.update");
    }
}
