package com.telephony.domain.tenancy;

import com.telephony.domain.Fixtures;
import com.telephony.store.memory.InMemoryOAuthStore;
import com.telephony.store.memory.InMemoryTenancyStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The refresh grant over the in-memory stores (docs/oauth.md): client first, then a single-use grant. */
class OAuthTokensTest {
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private static final Duration HOUR = Duration.ofHours(1);

    private final InMemoryTenancyStore tenancy = new InMemoryTenancyStore();
    private final InMemoryOAuthStore store = new InMemoryOAuthStore(tenancy);
    private final Fixtures.SteppingClock clock = new Fixtures.SteppingClock(T0);
    private final Provisioning provisioning = new Provisioning(tenancy, clock);
    private final OAuthTokens tokens = new OAuthTokens(tenancy, store, clock);
    private final Authenticator authenticator = new Authenticator(tenancy, clock);

    private Portal portal;
    private String secret;
    private String refresh;

    @BeforeEach
    void application() {
        portal = provisioning.createPortal("acme.example.com", ZoneId.of("UTC"));
        provisioning.addUser(portal.id(), 1, "Admin", true, false);
        provisioning.registerApplication(portal.id(), "app.one", "One", Set.of("telephony"));
        secret = tokens.createClientSecret(portal.id(), "app.one");
        Provisioning.IssuedToken access = provisioning.issueAccessToken(portal.id(), "app.one", 1, HOUR);
        refresh = tokens.issueRefreshToken(access.token());
    }

    @Test
    void aRefreshIssuesAWorkingPairAndSpendsTheOldToken() {
        OAuthTokens.IssuedPair pair = tokens.refresh("app.one", secret, refresh, HOUR);
        assertEquals(portal, pair.portal());
        assertEquals(Set.of("telephony"), pair.access().scopes());
        assertEquals(T0.plus(HOUR), pair.access().expiresAt());
        assertEquals(T0.plus(OAuthTokens.REFRESH_TOKEN_LIFETIME), pair.refresh().expiresAt());
        assertNotEquals(refresh, pair.refreshToken());
        assertEquals(Secrets.sha256(pair.refreshToken()), pair.refresh().tokenHash(), "only the hash is kept");
        assertTrue(authenticator.accessToken(pair.accessToken()).inApplicationContext());
        assertTrue(pair.toString().contains(portal.id()) && !pair.toString().contains(pair.accessToken()));

        assertThrows(InvalidOAuthGrant.class, () -> tokens.refresh("app.one", secret, refresh, HOUR), "single use");
        assertEquals(portal, tokens.refresh("app.one", secret, pair.refreshToken(), HOUR).portal());
    }

    @Test
    void theClientIsCheckedBeforeTheGrant() {
        assertThrows(InvalidOAuthClient.class, () -> tokens.refresh("app.one", secret + "x", refresh, HOUR));
        assertThrows(InvalidOAuthClient.class, () -> tokens.refresh("app.other", secret, refresh, HOUR));
        assertThrows(InvalidOAuthClient.class, () -> tokens.refresh(" ", secret, refresh, HOUR));
        assertThrows(InvalidOAuthClient.class, () -> tokens.refresh("app.one", null, "unknown", HOUR));
        assertThrows(InvalidOAuthGrant.class, () -> tokens.refresh("app.one", secret, "unknown", HOUR));
        assertThrows(InvalidOAuthGrant.class, () -> tokens.refresh("app.one", secret, "", HOUR));
        // The failed attempts spent nothing.
        assertEquals(portal, tokens.refresh("app.one", secret, refresh, HOUR).portal());
    }

    @Test
    void anotherApplicationsTokenAnExpiredOneOrAGoneUserIsNoGrant() {
        provisioning.registerApplication(portal.id(), "app.two", "Two", Set.of("telephony"));
        String otherSecret = tokens.createClientSecret(portal.id(), "app.two");
        assertThrows(InvalidOAuthGrant.class, () -> tokens.refresh("app.two", otherSecret, refresh, HOUR));

        Provisioning.IssuedToken ghost = provisioning.issueAccessToken(portal.id(), "app.one", 1, HOUR);
        AccessToken noUser = new AccessToken(ghost.token().tokenHash(), portal.id(), "app.one", 99, Set.of(), T0);
        String orphan = tokens.issueRefreshToken(noUser);
        assertThrows(InvalidOAuthGrant.class, () -> tokens.refresh("app.one", secret, orphan, HOUR));

        clock.set(T0.plus(OAuthTokens.REFRESH_TOKEN_LIFETIME));
        assertThrows(InvalidOAuthGrant.class, () -> tokens.refresh("app.one", secret, refresh, HOUR));
    }

    @Test
    void aSecretNeedsAnApplicationAndMayBeChosenForLocalDevelopment() {
        assertThrows(IllegalArgumentException.class, () -> tokens.createClientSecret(portal.id(), "app.none"));
        assertEquals("dev-secret", tokens.createClientSecret(portal.id(), "app.one", "dev-secret"));
        assertEquals(Secrets.sha256("dev-secret"), store.findClientCredentials("app.one").orElseThrow().secretHash());
        assertTrue(!store.findClientCredentials("app.one").orElseThrow().toString().contains("secretHash"));
        assertEquals(portal, tokens.refresh("app.one", "dev-secret", refresh, HOUR).portal());
    }
}
