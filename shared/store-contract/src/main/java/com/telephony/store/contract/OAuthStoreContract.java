package com.telephony.store.contract;

import com.telephony.domain.tenancy.AccessToken;
import com.telephony.domain.tenancy.ClientCredentials;
import com.telephony.domain.tenancy.OAuthStore;
import com.telephony.domain.tenancy.RefreshToken;
import com.telephony.domain.tenancy.TenancyStore;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every {@link OAuthStore} must do (docs/oauth.md): client credentials and refresh tokens round-trip by id and
 * hash, and an exchange spends its refresh token exactly once, storing the new access token (where the tenancy
 * store finds it) and the new refresh token all or nothing.
 */
public abstract class OAuthStoreContract {
    protected abstract OAuthStore oauth();

    /** The tenancy store the OAuth store writes access tokens to. */
    protected abstract TenancyStore tenancy();

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    private static final Instant LATER = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    private static RefreshToken refresh(String portalId, String clientId) {
        return new RefreshToken(unique(), portalId, clientId, 1, Set.of("telephony"), LATER);
    }

    private static AccessToken access(String portalId, String clientId) {
        return new AccessToken(unique(), portalId, clientId, 1, Set.of("telephony"), LATER);
    }

    @Test
    void clientCredentialsRoundTripAndTheLastSaveWins() {
        String clientId = "app." + unique();
        assertEquals(Optional.empty(), oauth().findClientCredentials(clientId));
        oauth().saveClientCredentials(new ClientCredentials(clientId, "p1", "hash-1"));
        ClientCredentials reissued = new ClientCredentials(clientId, "p1", "hash-2");
        oauth().saveClientCredentials(reissued);
        assertEquals(Optional.of(reissued), oauth().findClientCredentials(clientId));
        assertEquals(Optional.empty(), oauth().findClientCredentials(clientId + "x"));
    }

    @Test
    void refreshTokensRoundTripByHash() {
        String portalId = unique();
        RefreshToken token = refresh(portalId, "app");
        oauth().saveRefreshToken(token);
        assertEquals(Optional.of(token), oauth().findRefreshToken(token.tokenHash()));
        RefreshToken unscoped = new RefreshToken(unique(), portalId, "app", 2, Set.of(), LATER);
        oauth().saveRefreshToken(unscoped);
        assertEquals(Optional.of(unscoped), oauth().findRefreshToken(unscoped.tokenHash()));
        assertEquals(Optional.empty(), oauth().findRefreshToken(unique()));
    }

    @Test
    void anExchangeSpendsTheOldTokenAndStoresBothSuccessors() {
        String portalId = unique();
        RefreshToken spent = refresh(portalId, "app");
        oauth().saveRefreshToken(spent);
        AccessToken access = access(portalId, "app");
        RefreshToken next = refresh(portalId, "app");

        assertTrue(oauth().exchange(spent, access, next));
        assertEquals(Optional.empty(), oauth().findRefreshToken(spent.tokenHash()));
        assertEquals(Optional.of(next), oauth().findRefreshToken(next.tokenHash()));
        assertEquals(Optional.of(access), tenancy().findAccessToken(access.tokenHash()));
    }

    @Test
    void aSpentTokenCannotBeExchangedAgainAndWritesNothing() {
        String portalId = unique();
        RefreshToken spent = refresh(portalId, "app");
        oauth().saveRefreshToken(spent);
        assertTrue(oauth().exchange(spent, access(portalId, "app"), refresh(portalId, "app")));

        AccessToken access = access(portalId, "app");
        RefreshToken next = refresh(portalId, "app");
        assertFalse(oauth().exchange(spent, access, next));
        assertEquals(Optional.empty(), oauth().findRefreshToken(next.tokenHash()));
        assertEquals(Optional.empty(), tenancy().findAccessToken(access.tokenHash()));
    }

    @Test
    void ofConcurrentExchangesOfOneTokenExactlyOneSucceeds() throws Exception {
        String portalId = unique();
        RefreshToken spent = refresh(portalId, "app");
        oauth().saveRefreshToken(spent);
        List<RefreshToken> successors = List.of(refresh(portalId, "app"), refresh(portalId, "app"),
                refresh(portalId, "app"), refresh(portalId, "app"));
        List<Race.Outcome<Boolean>> outcomes = Race.run(successors.size(),
                index -> oauth().exchange(spent, access(portalId, "app"), successors.get(index)));
        long won = outcomes.stream().filter(o -> o.succeeded() && o.result()).count();
        assertEquals(1, won, "outcomes: " + outcomes);
        long stored = successors.stream().filter(s -> oauth().findRefreshToken(s.tokenHash()).isPresent()).count();
        assertEquals(1, stored);
    }
}
