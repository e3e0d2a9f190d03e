package com.telephony.domain.tenancy;

/** The client id is unknown or the client secret does not match it. */
public final class InvalidOAuthClient extends OAuthError {
    public InvalidOAuthClient() {
        super("invalid client");
    }

    @Override
    public <R> R handledBy(Handler<R> handler) {
        return handler.invalidClient(this);
    }
}
