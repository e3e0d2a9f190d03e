package com.telephony.domain.sip;

import com.telephony.domain.DomainException;

/**
 * A SIP line rule failed. Sealed, and every edge that serves SIP lines implements {@link Handler}: an error
 * added here does not compile until each edge says how it looks on its wire.
 */
public abstract sealed class SipLineError extends DomainException
        permits InvalidSipLineFields, CloudLineLimitReached, SipLineTitleTaken, SipLineNotFound, RegistrationNotFound {
    /** One mapping method per error: the compiler checks that an edge maps them all. */
    public interface Handler<R> {
        R invalidFields(InvalidSipLineFields error);
        R cloudLineLimitReached(CloudLineLimitReached error);
        R titleTaken(SipLineTitleTaken error);
        R lineNotFound(SipLineNotFound error);
        R registrationNotFound(RegistrationNotFound error);
    }

    protected SipLineError(String message) {
        super(message);
    }

    /** Calls the handler's method for this error. */
    public abstract <R> R handledBy(Handler<R> handler);
}
