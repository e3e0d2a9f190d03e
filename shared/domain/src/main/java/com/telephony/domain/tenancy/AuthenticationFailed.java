package com.telephony.domain.tenancy;

import com.telephony.domain.DomainException;

/** A credential was presented but is not acceptable. */
public final class AuthenticationFailed extends DomainException {
    public enum Reason {
        /** unknown, revoked or mismatched webhook code */
        INVALID_WEBHOOK,
        /** unknown access token */
        INVALID_TOKEN,
        /** access token past its expiry */
        EXPIRED_TOKEN
    }

    private final Reason reason;

    public AuthenticationFailed(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
