package com.telephony.domain.tenancy;

import com.telephony.domain.Fixtures;
import com.telephony.store.memory.InMemoryTenancyStore;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Provisioning and authentication over the in-memory tenancy store. */
class TenancyUseCasesTest {
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    private final InMemoryTenancyStore store = new InMemoryTenancyStore();
    private final Fixtures.SteppingClock clock = new Fixtures.SteppingClock(T0);
    private final Provisioning provisioning = new Provisioning(store, clock);
    private final Authenticator authenticator = new Authenticator(store, clock);

    private static AuthenticationFailed.Reason reason(Runnable call) {
        return assertThrows(AuthenticationFailed.class, call::run).reason();
    }

    @Test
    void aWebhookAuthenticatesItsOwnUserOnly() {
        Portal portal = provisioning.createPortal(" Acme.Example.COM ", ZoneId.of("Europe/Berlin"));
        assertEquals("acme.example.com", portal.domain());
        assertEquals("acme", portal.slug());
        provisioning.addUser(portal.id(), 7, "Alice", false, true);
        Provisioning.IssuedWebhook issued = provisioning.createWebhook(portal.id(), 7, Set.of("telephony"));
        assertTrue(issued.code().matches("[a-z0-9]{16}"));
        assertEquals(Secrets.sha256(issued.code()), issued.webhook().codeHash(), "only the hash is kept");

        Caller caller = authenticator.webhook(7, issued.code());
        assertEquals(portal, caller.portal());
        assertEquals(Caller.NO_APPLICATION, caller.applicationId());
        assertFalse(caller.inApplicationContext());
        assertTrue(caller.hasScope("telephony"));
        assertTrue(caller.user().mayModifyLines());

        assertEquals(AuthenticationFailed.Reason.INVALID_WEBHOOK, reason(() -> authenticator.webhook(8, issued.code())));
        assertEquals(AuthenticationFailed.Reason.INVALID_WEBHOOK, reason(() -> authenticator.webhook(7, issued.code() + "x")));
    }

    @Test
    void aWebhookWhosePortalOrUserIsGoneFails() {
        store.saveWebhook(new Webhook(Secrets.sha256("orphan"), "no-portal", 1, Set.of()));
        assertEquals(AuthenticationFailed.Reason.INVALID_WEBHOOK, reason(() -> authenticator.webhook(1, "orphan")));
        Portal portal = provisioning.createPortal("p.example.com", ZoneId.of("UTC"));
        store.saveWebhook(new Webhook(Secrets.sha256("no-user"), portal.id(), 1, Set.of()));
        assertEquals(AuthenticationFailed.Reason.INVALID_WEBHOOK, reason(() -> authenticator.webhook(1, "no-user")));
    }

    @Test
    void anAccessTokenAuthenticatesUntilItExpires() {
        Portal portal = provisioning.createPortal("portal-1", "b.example.com", ZoneId.of("UTC"));
        provisioning.addUser(portal.id(), 3, "Bob", true, false);
        provisioning.registerApplication(portal.id(), "app.a", "App", Set.of("telephony"));
        Provisioning.IssuedToken token = provisioning.issueAccessToken(portal.id(), "app.a", 3, Duration.ofMinutes(5));
        assertEquals(T0.plus(Duration.ofMinutes(5)), token.token().expiresAt());

        Caller caller = authenticator.accessToken(token.plaintext());
        assertEquals("app.a", caller.applicationId());
        assertTrue(caller.inApplicationContext());
        assertTrue(caller.user().mayModifyLines(), "an administrator may");

        clock.set(T0.plus(Duration.ofMinutes(5)));
        assertEquals(AuthenticationFailed.Reason.EXPIRED_TOKEN, reason(() -> authenticator.accessToken(token.plaintext())));
        assertEquals(AuthenticationFailed.Reason.INVALID_TOKEN, reason(() -> authenticator.accessToken("unknown")));
    }

    @Test
    void aTokenWhosePortalOrUserIsGoneIsInvalid() {
        store.saveAccessToken(new AccessToken(Secrets.sha256("t1"), "gone", "app", 1, Set.of(), T0.plusSeconds(60)));
        assertEquals(AuthenticationFailed.Reason.INVALID_TOKEN, reason(() -> authenticator.accessToken("t1")));
        Portal portal = provisioning.createPortal("c.example.com", ZoneId.of("UTC"));
        store.saveAccessToken(new AccessToken(Secrets.sha256("t2"), portal.id(), "app", 9, Set.of(), T0.plusSeconds(60)));
        assertEquals(AuthenticationFailed.Reason.INVALID_TOKEN, reason(() -> authenticator.accessToken("t2")));
    }

    @Test
    void provisioningChecksWhatItIsGiven() {
        assertThrows(IllegalArgumentException.class, () -> provisioning.createPortal(" ", ZoneId.of("UTC")));
        assertThrows(IllegalArgumentException.class, () -> provisioning.addUser("nowhere", 1, "x", false, false));
        Portal portal = provisioning.createPortal("d.example.com", ZoneId.of("UTC"));
        assertThrows(IllegalArgumentException.class, () -> provisioning.createWebhook(portal.id(), 1, Set.of()));
        assertThrows(IllegalArgumentException.class,
                () -> provisioning.issueAccessToken(portal.id(), "no.app", 1, Duration.ofMinutes(1)));
        Application app = provisioning.registerApplication(portal.id(), "Generated", Set.of("telephony"));
        assertTrue(app.clientId().startsWith("local."));
        assertEquals(app, store.findApplication(portal.id(), app.clientId()).orElseThrow());
        assertEquals("portal", Provisioning.slugOf("!!!.example.com"));
    }
}
