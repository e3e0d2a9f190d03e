package com.telephony.domain.fabric;

import com.telephony.domain.DomainException;

/** Another SIP endpoint of the project already has this username. */
public final class SipEndpointUsernameTaken extends DomainException {
    public SipEndpointUsernameTaken() {
        super("username already used in this project");
    }
}
