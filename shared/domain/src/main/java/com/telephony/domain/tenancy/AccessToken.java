package com.telephony.domain.tenancy;

import java.time.Instant;
import java.util.Set;

/** An OAuth access token issued to an application for one user. Only the hash of the token is ever kept. */
public record AccessToken(String tokenHash, String portalId, String clientId, long userId, Set<String> scopes,
                          Instant expiresAt) {
    public AccessToken {
        scopes = Set.copyOf(scopes);
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
