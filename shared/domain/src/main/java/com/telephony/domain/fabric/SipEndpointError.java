package com.telephony.domain.fabric;

import com.telephony.domain.DomainException;

/**
 * A SIP endpoint or project rule failed. Sealed, and every edge that serves SIP endpoints implements
 * {@link Handler}: an error added here does not compile until each edge says how it looks on its wire.
 */
public abstract sealed class SipEndpointError extends DomainException
        permits InvalidProjectCredentials, SipEndpointNotFound, SipEndpointUsernameTaken {
    /** One mapping method per error: the compiler checks that an edge maps them all. */
    public interface Handler<R> {
        R invalidCredentials(InvalidProjectCredentials error);
        R endpointNotFound(SipEndpointNotFound error);
        R usernameTaken(SipEndpointUsernameTaken error);
    }

    protected SipEndpointError(String message) {
        super(message);
    }

    /** Calls the handler's method for this error. */
    public abstract <R> R handledBy(Handler<R> handler);
}
