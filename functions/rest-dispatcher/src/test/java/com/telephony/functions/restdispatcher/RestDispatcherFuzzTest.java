package com.telephony.functions.restdispatcher;

import com.telephony.testsupport.fuzz.Fuzz;
import org.junit.jupiter.api.Test;

/** Hostile API Gateway events through the real handler: never a 5xx, a leak or an answer outside the protocol. */
class RestDispatcherFuzzTest {
    @Test
    void hostileRequestsGetTheProtocolsErrors() {
        Fuzz.bitrix(RestDispatcherHandler::new, "RestDispatcherFunction", "voximplant.sip.add", "voximplant.sip.get",
                "voximplant.sip.update", "voximplant.sip.delete", "voximplant.sip.status",
                "voximplant.sip.connector.status", "telephony.externalLine.add", "telephony.externalLine.get",
                "telephony.externalLine.update", "telephony.externalLine.delete");
    }
}
