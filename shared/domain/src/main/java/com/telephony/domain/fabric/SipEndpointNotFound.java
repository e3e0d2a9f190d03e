package com.telephony.domain.fabric;

/** No SIP endpoint with this id in the caller's project: unknown, deleted, another project's, or not a UUID at all. */
public final class SipEndpointNotFound extends SipEndpointError {
    public SipEndpointNotFound() {
        super("SIP endpoint not found");
    }

    @Override
    public <R> R handledBy(Handler<R> handler) {
        return handler.endpointNotFound(this);
    }
}
