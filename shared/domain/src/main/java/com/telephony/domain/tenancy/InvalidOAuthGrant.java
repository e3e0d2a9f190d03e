package com.telephony.domain.tenancy;

/** The refresh token is unknown, expired, already used, or was issued to another client. */
public final class InvalidOAuthGrant extends OAuthError {
    public InvalidOAuthGrant() {
        super("invalid grant");
    }

    @Override
    public <R> R handledBy(Handler<R> handler) {
        return handler.invalidGrant(this);
    }
}
