package com.telephony.domain.sip;

import com.telephony.domain.DomainException;

/** No cloud line of the portal has this REG_ID. */
public final class RegistrationNotFound extends DomainException {
    public RegistrationNotFound() {
        super("registration not found");
    }
}
