package com.telephony.store.memory;

import com.telephony.domain.tenancy.AccessToken;
import com.telephony.domain.tenancy.ClientCredentials;
import com.telephony.domain.tenancy.OAuthStore;
import com.telephony.domain.tenancy.RefreshToken;
import com.telephony.domain.tenancy.TenancyStore;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Client secrets and refresh tokens in maps, by hash. The new access token goes to the tenancy store it was made
 * with, as the DynamoDB adapter writes it into the same table; removing the spent token first makes an exchange
 * single use under concurrency, as the adapter's conditional delete does.
 */
public final class InMemoryOAuthStore implements OAuthStore {
    private final TenancyStore tenancy;
    private final Map<String, ClientCredentials> clients = new ConcurrentHashMap<>();
    private final Map<String, RefreshToken> refreshTokens = new ConcurrentHashMap<>();

    public InMemoryOAuthStore(TenancyStore tenancy) {
        this.tenancy = tenancy;
    }

    @Override
    public void saveClientCredentials(ClientCredentials credentials) {
        clients.put(credentials.clientId(), credentials);
    }

    @Override
    public Optional<ClientCredentials> findClientCredentials(String clientId) {
        return Optional.ofNullable(clients.get(clientId));
    }

    @Override
    public void saveRefreshToken(RefreshToken token) {
        refreshTokens.put(token.tokenHash(), token);
    }

    @Override
    public Optional<RefreshToken> findRefreshToken(String tokenHash) {
        return Optional.ofNullable(refreshTokens.get(tokenHash));
    }

    @Override
    public boolean exchange(RefreshToken spent, AccessToken access, RefreshToken next) {
        if (refreshTokens.remove(spent.tokenHash()) == null) {
            return false;
        }
        tenancy.saveAccessToken(access);
        refreshTokens.put(next.tokenHash(), next);
        return true;
    }
}
