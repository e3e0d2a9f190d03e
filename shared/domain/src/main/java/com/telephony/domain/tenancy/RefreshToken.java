package com.telephony.domain.tenancy;

import java.time.Instant;
import java.util.Set;

/** An OAuth refresh token: single use, exchanged for a new access token and a new refresh token. Only its hash is kept. */
public record RefreshToken(String tokenHash, String portalId, String clientId, long userId, Set<String> scopes,
                           Instant expiresAt) {
    public RefreshToken {
        scopes = Set.copyOf(scopes);
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
