package com.telephony.domain.limits;

import com.telephony.domain.DomainException;

/**
 * A portal's request limits refused a call (docs/limits.md). Sealed, and every edge that applies the limits
 * implements {@link Handler}: an error added here does not compile until each edge says how it looks on its wire.
 */
public abstract sealed class RequestLimitError extends DomainException
        permits QueryLimitExceeded, OperationTimeLimitExceeded {
    /** One mapping method per error: the compiler checks that an edge maps them all. */
    public interface Handler<R> {
        R queryLimitExceeded(QueryLimitExceeded error);
        R operationTimeLimitExceeded(OperationTimeLimitExceeded error);
    }

    protected RequestLimitError(String message) {
        super(message);
    }

    /** Calls the handler's method for this error. */
    public abstract <R> R handledBy(Handler<R> handler);
}
