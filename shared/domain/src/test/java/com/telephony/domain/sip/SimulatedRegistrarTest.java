package com.telephony.domain.sip;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SimulatedRegistrarTest {
    private static SipLine cloudLine(String server) {
        return new SipLine(new LineOwner("p", ""), 1, 1, SipLineType.CLOUD, 150001L, "", server, "user", "pw",
                null, null, null, null, null, "N", "diversion;to", null, null);
    }

    @Test
    void ordinaryHostsRegister() {
        RegistrationResult result = SimulatedRegistrar.register(cloudLine("sip.provider.com"));
        assertEquals(new RegistrationResult(RegistrationResult.Outcome.SUCCESS, 200, ""), result);
    }

    @Test
    void theReservedInvalidDomainNeverResolves() {
        RegistrationResult expected = new RegistrationResult(RegistrationResult.Outcome.ERROR, 502, "Unable to resolve hostname");
        assertEquals(expected, SimulatedRegistrar.register(cloudLine("sip.provider.invalid")));
        assertEquals(expected, SimulatedRegistrar.register(cloudLine("Sip.Provider.INVALID.:5060")));
        assertEquals(expected, SimulatedRegistrar.register(cloudLine("pbx.invalid/path")));
        assertEquals(RegistrationResult.Outcome.SUCCESS,
                SimulatedRegistrar.register(cloudLine("invalid.provider.com")).outcome(), "only the top-level domain counts");
    }

    @Test
    void hostOfAServer() {
        assertEquals("sip.example.com", SimulatedRegistrar.host(" SIP.Example.com.:5060;transport=udp "));
        assertEquals("", SimulatedRegistrar.host(null));
    }
}
