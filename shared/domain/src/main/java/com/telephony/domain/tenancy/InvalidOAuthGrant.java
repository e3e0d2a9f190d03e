package com.telephony.domain.tenancy;

import com.telephony.domain.DomainException;

/** The refresh token is unknown, expired, already used, or was issued to another client. */
public final class InvalidOAuthGrant extends DomainException {
    public InvalidOAuthGrant() {
        super("invalid grant");
    }
}
