package com.telephony.domain.tenancy;

import com.telephony.domain.DomainException;

/**
 * A token refresh was refused (docs/oauth.md). Sealed, and every edge that serves the OAuth server implements
 * {@link Handler}: an error added here does not compile until each edge says how it looks on its wire.
 */
public abstract sealed class OAuthError extends DomainException permits InvalidOAuthClient, InvalidOAuthGrant {
    /** One mapping method per error: the compiler checks that an edge maps them all. */
    public interface Handler<R> {
        R invalidClient(InvalidOAuthClient error);
        R invalidGrant(InvalidOAuthGrant error);
    }

    protected OAuthError(String message) {
        super(message);
    }

    /** Calls the handler's method for this error. */
    public abstract <R> R handledBy(Handler<R> handler);
}
