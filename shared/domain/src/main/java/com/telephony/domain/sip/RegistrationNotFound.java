package com.telephony.domain.sip;

/** No cloud line of the portal has this REG_ID. */
public final class RegistrationNotFound extends SipLineError {
    public RegistrationNotFound() {
        super("registration not found");
    }

    @Override
    public <R> R handledBy(Handler<R> handler) {
        return handler.registrationNotFound(this);
    }
}
