package com.telephony.domain.fabric;

/** Another SIP endpoint of the project already has this username. */
public final class SipEndpointUsernameTaken extends SipEndpointError {
    public SipEndpointUsernameTaken() {
        super("username already used in this project");
    }

    @Override
    public <R> R handledBy(Handler<R> handler) {
        return handler.usernameTaken(this);
    }
}
