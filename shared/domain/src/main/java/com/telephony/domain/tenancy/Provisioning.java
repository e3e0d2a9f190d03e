package com.telephony.domain.tenancy;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

/**
 * Creates tenants and credentials (used by the provisioning CLI and the local API). Plaintext webhook codes and
 * tokens are returned exactly once, to be shown to the operator, and only their hashes are stored.
 */
public final class Provisioning {
    /** Bitrix24 access tokens live one hour. */
    public static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofHours(1);

    private final TenancyStore store;
    private final Clock clock;

    public Provisioning(TenancyStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public record IssuedWebhook(Webhook webhook, String code) {
    }

    public record IssuedToken(AccessToken token, String plaintext) {
    }

    public Portal createPortal(String domain, ZoneId zone) {
        return createPortal(Secrets.randomHex(16), domain, zone);
    }

    /** With a chosen id (the member_id), e.g. for a local development portal that survives restarts. */
    public Portal createPortal(String portalId, String domain, ZoneId zone) {
        String normalized = domain.trim().toLowerCase(Locale.ROOT);
        if (normalized.isEmpty() || portalId.isBlank()) {
            throw new IllegalArgumentException("portal id and domain must not be empty");
        }
        Portal portal = new Portal(portalId, normalized, portalId, slugOf(normalized), zone);
        store.savePortal(portal);
        return portal;
    }

    public PortalUser addUser(String portalId, long userId, String name, boolean admin, boolean canModifyLines) {
        requirePortal(portalId);
        PortalUser user = new PortalUser(portalId, userId, name, admin, canModifyLines);
        store.saveUser(user);
        return user;
    }

    public IssuedWebhook createWebhook(String portalId, long userId, Set<String> scopes) {
        return createWebhook(portalId, userId, scopes, Secrets.randomCode(16));
    }

    /** With a chosen code: only for local development, where printed examples must keep working. */
    public IssuedWebhook createWebhook(String portalId, long userId, Set<String> scopes, String code) {
        requirePortal(portalId);
        requireUser(portalId, userId);
        Webhook webhook = new Webhook(Secrets.sha256(code), portalId, userId, scopes);
        store.saveWebhook(webhook);
        return new IssuedWebhook(webhook, code);
    }

    public Application registerApplication(String portalId, String name, Set<String> scopes) {
        return registerApplication(portalId, "local." + Secrets.randomHex(7) + "." + Secrets.randomHex(4), name, scopes);
    }

    public Application registerApplication(String portalId, String clientId, String name, Set<String> scopes) {
        requirePortal(portalId);
        Application application = new Application(portalId, clientId, name, scopes);
        store.saveApplication(application);
        return application;
    }

    public IssuedToken issueAccessToken(String portalId, String clientId, long userId, Duration lifetime) {
        return issueAccessToken(portalId, clientId, userId, lifetime, Secrets.randomHex(32));
    }

    /** With a chosen token: only for local development. */
    public IssuedToken issueAccessToken(String portalId, String clientId, long userId, Duration lifetime,
                                        String plaintext) {
        Application application = store.findApplication(portalId, clientId)
                .orElseThrow(() -> new IllegalArgumentException("no application " + clientId + " in portal " + portalId));
        requireUser(portalId, userId);
        AccessToken token = new AccessToken(Secrets.sha256(plaintext), portalId, clientId, userId,
                application.scopes(), clock.instant().plus(lifetime));
        store.saveAccessToken(token);
        return new IssuedToken(token, plaintext);
    }

    private void requireUser(String portalId, long userId) {
        if (store.findUser(portalId, userId).isEmpty()) {
            throw new IllegalArgumentException("no user " + userId + " in portal " + portalId);
        }
    }

    private void requirePortal(String portalId) {
        if (store.findPortal(portalId).isEmpty()) {
            throw new IllegalArgumentException("no portal " + portalId);
        }
    }

    /** "Acme.Bitrix24.com" → "acme": the portal's name in generated host names. */
    static String slugOf(String domain) {
        String first = domain.split("\\.", 2)[0].replaceAll("[^a-z0-9-]", "");
        return first.isEmpty() ? "portal" : first;
    }
}
