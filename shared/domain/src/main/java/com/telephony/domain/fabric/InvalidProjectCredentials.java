package com.telephony.domain.fabric;

/** No, malformed or unknown Basic credentials, or a token of another project. Deliberately one reason only. */
public final class InvalidProjectCredentials extends SipEndpointError {
    public InvalidProjectCredentials() {
        super("invalid project credentials");
    }

    @Override
    public <R> R handledBy(Handler<R> handler) {
        return handler.invalidCredentials(this);
    }
}
