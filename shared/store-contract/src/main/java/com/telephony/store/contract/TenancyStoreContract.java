package com.telephony.store.contract;

import com.telephony.domain.tenancy.AccessToken;
import com.telephony.domain.tenancy.Application;
import com.telephony.domain.tenancy.Portal;
import com.telephony.domain.tenancy.PortalUser;
import com.telephony.domain.tenancy.TenancyStore;
import com.telephony.domain.tenancy.Webhook;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What every {@link TenancyStore} must do: portals, users, applications and credentials round-trip, the last save
 * wins, and nothing of one portal is found under another. Credentials are looked up by hash only.
 */
public abstract class TenancyStoreContract {
    protected abstract TenancyStore tenancy();

    private static String newPortal() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    @Test
    void everythingRoundTripsWithinItsPortal() {
        String portalId = newPortal();
        String other = newPortal();
        Portal portal = new Portal(portalId, "acme.bitrix24.com", portalId, "acme", ZoneId.of("Europe/Berlin"));
        tenancy().savePortal(portal);
        PortalUser user = new PortalUser(portalId, 7, "Alice", false, true);
        tenancy().saveUser(user);
        Application application = new Application(portalId, "app.a", "CRM phone", Set.of("telephony", "crm"));
        tenancy().saveApplication(application);

        assertEquals(Optional.of(portal), tenancy().findPortal(portalId));
        assertEquals(Optional.of(user), tenancy().findUser(portalId, 7));
        assertEquals(Optional.of(application), tenancy().findApplication(portalId, "app.a"));

        assertEquals(Optional.empty(), tenancy().findPortal(other));
        assertEquals(Optional.empty(), tenancy().findUser(other, 7));
        assertEquals(Optional.empty(), tenancy().findUser(portalId, 8));
        assertEquals(Optional.empty(), tenancy().findApplication(other, "app.a"));
        assertEquals(Optional.empty(), tenancy().findApplication(portalId, "app.b"));
    }

    @Test
    void theLastSaveWins() {
        String portalId = newPortal();
        tenancy().saveUser(new PortalUser(portalId, 1, "Admin", true, false));
        PortalUser demoted = new PortalUser(portalId, 1, "Admin", false, false);
        tenancy().saveUser(demoted);
        assertEquals(Optional.of(demoted), tenancy().findUser(portalId, 1));
        tenancy().saveApplication(new Application(portalId, "app", "App", Set.of("telephony")));
        Application rescoped = new Application(portalId, "app", "App", Set.of());
        tenancy().saveApplication(rescoped);
        assertEquals(Optional.of(rescoped), tenancy().findApplication(portalId, "app"));
    }

    @Test
    void credentialsAreFoundByTheirHashOnly() {
        String portalId = newPortal();
        Webhook webhook = new Webhook("hash-" + portalId, portalId, 7, Set.of("telephony", "crm"));
        tenancy().saveWebhook(webhook);
        AccessToken token = new AccessToken("token-" + portalId, portalId, "app.a", 7, Set.of("telephony"),
                Instant.ofEpochSecond(1_900_000_000L));
        tenancy().saveAccessToken(token);
        AccessToken expired = new AccessToken("expired-" + portalId, portalId, "app.a", 7, Set.of(),
                Instant.now().minusSeconds(60).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        tenancy().saveAccessToken(expired);

        assertEquals(Optional.of(webhook), tenancy().findWebhook(webhook.codeHash()));
        assertEquals(Optional.of(token), tenancy().findAccessToken(token.tokenHash()));
        assertEquals(Optional.of(expired), tenancy().findAccessToken(expired.tokenHash()),
                "an expired token stays readable, so the caller learns it expired");
        assertEquals(Optional.empty(), tenancy().findWebhook(token.tokenHash()), "a token is no webhook code");
        assertEquals(Optional.empty(), tenancy().findAccessToken(webhook.codeHash()), "a webhook code is no token");
        assertEquals(Optional.empty(), tenancy().findWebhook("unknown"));
        assertEquals(Optional.empty(), tenancy().findAccessToken("unknown"));
    }
}
