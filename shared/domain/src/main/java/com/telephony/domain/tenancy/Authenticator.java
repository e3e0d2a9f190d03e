package com.telephony.domain.tenancy;

import java.time.Clock;

/** Turns a presented credential into a {@link Caller}, looking credentials up only by their hash. */
public final class Authenticator {
    private final TenancyStore store;
    private final Clock clock;

    public Authenticator(TenancyStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** A webhook URL {@code /rest/{userId}/{code}/}: the code must exist and belong to that user. */
    public Caller webhook(long userId, String code) {
        Webhook webhook = store.findWebhook(Secrets.sha256(code))
                .filter(found -> found.userId() == userId)
                .orElseThrow(() -> new AuthenticationFailed(AuthenticationFailed.Reason.INVALID_WEBHOOK));
        Portal portal = portalOf(webhook.portalId(), AuthenticationFailed.Reason.INVALID_WEBHOOK);
        PortalUser user = store.findUser(webhook.portalId(), userId)
                .orElseThrow(() -> new AuthenticationFailed(AuthenticationFailed.Reason.INVALID_WEBHOOK));
        return new Caller(portal, user, AuthType.WEBHOOK, Caller.NO_APPLICATION, webhook.scopes());
    }

    /** An OAuth access token passed as {@code auth}. */
    public Caller accessToken(String token) {
        AccessToken found = store.findAccessToken(Secrets.sha256(token))
                .orElseThrow(() -> new AuthenticationFailed(AuthenticationFailed.Reason.INVALID_TOKEN));
        if (found.expiredAt(clock.instant())) {
            throw new AuthenticationFailed(AuthenticationFailed.Reason.EXPIRED_TOKEN);
        }
        Portal portal = portalOf(found.portalId(), AuthenticationFailed.Reason.INVALID_TOKEN);
        PortalUser user = store.findUser(found.portalId(), found.userId())
                .orElseThrow(() -> new AuthenticationFailed(AuthenticationFailed.Reason.INVALID_TOKEN));
        return new Caller(portal, user, AuthType.APPLICATION, found.clientId(), found.scopes());
    }

    private Portal portalOf(String portalId, AuthenticationFailed.Reason reason) {
        return store.findPortal(portalId).orElseThrow(() -> new AuthenticationFailed(reason));
    }
}
