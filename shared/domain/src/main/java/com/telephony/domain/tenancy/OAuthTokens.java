package com.telephony.domain.tenancy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The OAuth side of applications (docs/oauth.md): client secrets, and access tokens issued with a refresh token that
 * buys exactly one new pair. Plaintext secrets are returned once and only their hashes are stored.
 */
public final class OAuthTokens {
    /** Bitrix24's refresh tokens last 28 days. */
    public static final Duration REFRESH_TOKEN_LIFETIME = Duration.ofDays(28);

    private final TenancyStore tenancy;
    private final OAuthStore store;
    private final Clock clock;

    public OAuthTokens(TenancyStore tenancy, OAuthStore store, Clock clock) {
        this.tenancy = tenancy;
        this.store = store;
        this.clock = clock;
    }

    /** An access token, its refresh token, and the portal they are for. */
    public record IssuedPair(AccessToken access, String accessToken, RefreshToken refresh, String refreshToken,
                             Portal portal) {
        @Override
        public String toString() {
            return "IssuedPair[portal=" + portal.id() + ", client=" + access.clientId() + "]";
        }
    }

    /** Gives an application a new random client secret (replacing any earlier one) and returns it. */
    public String createClientSecret(String portalId, String clientId) {
        return createClientSecret(portalId, clientId, Secrets.randomHex(24));
    }

    /** With a chosen secret: only for local development, where printed examples must keep working. */
    public String createClientSecret(String portalId, String clientId, String secret) {
        requireApplication(portalId, clientId);
        store.saveClientCredentials(new ClientCredentials(clientId, portalId, Secrets.sha256(secret)));
        return secret;
    }

    /** Provisioning: a refresh token for an access token just issued (same portal, application, user, scopes). */
    public String issueRefreshToken(AccessToken access) {
        return issueRefreshToken(access, Secrets.randomHex(32));
    }

    /** With a chosen token: only for local development. */
    public String issueRefreshToken(AccessToken access, String plaintext) {
        store.saveRefreshToken(new RefreshToken(Secrets.sha256(plaintext), access.portalId(), access.clientId(),
                access.userId(), access.scopes(), clock.instant().plus(REFRESH_TOKEN_LIFETIME)));
        return plaintext;
    }

    /**
     * {@code grant_type=refresh_token}: checks the client, spends the refresh token and issues a new pair, whose
     * access token lasts {@code accessLifetime}. The client is checked first, then the grant.
     */
    public IssuedPair refresh(String clientId, String clientSecret, String refreshToken, Duration accessLifetime) {
        ClientCredentials client = blank(clientId) ? null : store.findClientCredentials(clientId.trim()).orElse(null);
        if (client == null || blank(clientSecret) || !sameHash(client.secretHash(), Secrets.sha256(clientSecret.trim()))) {
            throw new InvalidOAuthClient();
        }
        Instant now = clock.instant();
        RefreshToken spent = blank(refreshToken) ? null
                : store.findRefreshToken(Secrets.sha256(refreshToken.trim())).orElse(null);
        if (spent == null || spent.expiredAt(now) || !spent.clientId().equals(client.clientId())) {
            throw new InvalidOAuthGrant();
        }
        Portal portal = tenancy.findPortal(spent.portalId()).orElseThrow(InvalidOAuthGrant::new);
        if (tenancy.findApplication(spent.portalId(), spent.clientId()).isEmpty()
                || tenancy.findUser(spent.portalId(), spent.userId()).isEmpty()) {
            throw new InvalidOAuthGrant();
        }
        String accessPlain = Secrets.randomHex(32);
        String refreshPlain = Secrets.randomHex(32);
        AccessToken access = new AccessToken(Secrets.sha256(accessPlain), spent.portalId(), spent.clientId(),
                spent.userId(), spent.scopes(), now.plus(accessLifetime));
        RefreshToken next = new RefreshToken(Secrets.sha256(refreshPlain), spent.portalId(), spent.clientId(),
                spent.userId(), spent.scopes(), now.plus(REFRESH_TOKEN_LIFETIME));
        if (!store.exchange(spent, access, next)) {
            throw new InvalidOAuthGrant();
        }
        return new IssuedPair(access, accessPlain, next, refreshPlain, portal);
    }

    private void requireApplication(String portalId, String clientId) {
        if (tenancy.findApplication(portalId, clientId).isEmpty()) {
            throw new IllegalArgumentException("no application " + clientId + " in portal " + portalId);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static boolean sameHash(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
