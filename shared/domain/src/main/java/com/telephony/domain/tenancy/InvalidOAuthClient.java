package com.telephony.domain.tenancy;

import com.telephony.domain.DomainException;

/** The client id is unknown or the client secret does not match it. */
public final class InvalidOAuthClient extends DomainException {
    public InvalidOAuthClient() {
        super("invalid client");
    }
}
