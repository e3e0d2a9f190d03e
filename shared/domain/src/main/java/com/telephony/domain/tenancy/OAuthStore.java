package com.telephony.domain.tenancy;

import java.util.Optional;

/** Port: applications' client secrets and refresh tokens, by hash. */
public interface OAuthStore {
    void saveClientCredentials(ClientCredentials credentials);

    Optional<ClientCredentials> findClientCredentials(String clientId);

    void saveRefreshToken(RefreshToken token);

    Optional<RefreshToken> findRefreshToken(String tokenHash);

    /**
     * Spends {@code spent} and stores its successors, all or nothing. False when {@code spent} was already gone
     * (spent by a concurrent refresh): a refresh token works exactly once.
     */
    boolean exchange(RefreshToken spent, AccessToken access, RefreshToken next);
}
