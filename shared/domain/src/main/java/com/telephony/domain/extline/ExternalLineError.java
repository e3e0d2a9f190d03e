package com.telephony.domain.extline;

import com.telephony.domain.DomainException;

/**
 * An external line rule failed. Sealed, and every edge that serves external lines implements {@link Handler}:
 * an error added here does not compile until each edge says how it looks on its wire.
 */
public abstract sealed class ExternalLineError extends DomainException
        permits ExternalLineNumberEmpty, ExternalLineExists, ExternalLineNotFound, NoExternalLineChanges, ExternalLineTooLong {
    /** One mapping method per error: the compiler checks that an edge maps them all. */
    public interface Handler<R> {
        R numberEmpty(ExternalLineNumberEmpty error);
        R exists(ExternalLineExists error);
        R notFound(ExternalLineNotFound error);
        R noChanges(NoExternalLineChanges error);
        R tooLong(ExternalLineTooLong error);
    }

    protected ExternalLineError(String message) {
        super(message);
    }

    /** Calls the handler's method for this error. */
    public abstract <R> R handledBy(Handler<R> handler);
}
