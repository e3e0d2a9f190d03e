package com.telephony.store.dynamodb;

import com.telephony.domain.tenancy.AccessToken;
import com.telephony.domain.tenancy.Application;
import com.telephony.domain.tenancy.Portal;
import com.telephony.domain.tenancy.PortalUser;
import com.telephony.domain.tenancy.Webhook;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stored form of portals, users, applications, webhooks and access tokens, which share one attribute
 * vocabulary: ids and times as numbers, flags as BOOL, scopes as a list of strings. Credentials are keyed by the
 * SHA-256 of the secret; the secret itself is never written.
 */
final class TenancyItem {
    /** Expired tokens stay readable for a day so callers get {@code expired_token}, not {@code invalid_token}. */
    private static final Duration EXPIRED_TOKEN_RETENTION = Duration.ofDays(1);

    private TenancyItem() {
    }

    static Map<String, AttributeValue> portal(Portal portal) {
        Map<String, AttributeValue> item = Attributes.key(Keys.portal(portal.id()), Keys.PORTAL_SK);
        Attributes.putString(item, "portalId", portal.id());
        Attributes.putString(item, "domain", portal.domain());
        Attributes.putString(item, "memberId", portal.memberId());
        Attributes.putString(item, "slug", portal.slug());
        Attributes.putString(item, "zone", portal.zone().getId());
        return item;
    }

    static Portal toPortal(Map<String, AttributeValue> item) {
        return new Portal(Attributes.string(item, "portalId"), Attributes.string(item, "domain"),
                Attributes.string(item, "memberId"), Attributes.string(item, "slug"),
                ZoneId.of(Attributes.string(item, "zone")));
    }

    static Map<String, AttributeValue> user(PortalUser user) {
        Map<String, AttributeValue> item = Attributes.key(Keys.portal(user.portalId()), Keys.user(user.id()));
        Attributes.putString(item, "portalId", user.portalId());
        Attributes.putNumber(item, "userId", user.id());
        Attributes.putString(item, "name", user.name());
        Attributes.putFlag(item, "admin", user.admin());
        Attributes.putFlag(item, "canModifyLines", user.canModifyLines());
        return item;
    }

    static PortalUser toUser(Map<String, AttributeValue> item) {
        return new PortalUser(Attributes.string(item, "portalId"), Attributes.number(item, "userId"),
                Attributes.string(item, "name"), Boolean.TRUE.equals(Attributes.flag(item, "admin")),
                Boolean.TRUE.equals(Attributes.flag(item, "canModifyLines")));
    }

    static Map<String, AttributeValue> application(Application application) {
        Map<String, AttributeValue> item = Attributes.key(Keys.portal(application.portalId()),
                Keys.application(application.clientId()));
        Attributes.putString(item, "portalId", application.portalId());
        Attributes.putString(item, "clientId", application.clientId());
        Attributes.putString(item, "name", application.name());
        Attributes.putStrings(item, "scopes", application.scopes());
        return item;
    }

    static Application toApplication(Map<String, AttributeValue> item) {
        return new Application(Attributes.string(item, "portalId"), Attributes.string(item, "clientId"),
                Attributes.string(item, "name"), scopes(item));
    }

    static Map<String, AttributeValue> webhook(Webhook webhook) {
        Map<String, AttributeValue> item = Attributes.key(Keys.webhook(webhook.codeHash()), Keys.WEBHOOK_SK);
        Attributes.putString(item, "portalId", webhook.portalId());
        Attributes.putNumber(item, "userId", webhook.userId());
        Attributes.putStrings(item, "scopes", webhook.scopes());
        return item;
    }

    static Webhook toWebhook(String codeHash, Map<String, AttributeValue> item) {
        return new Webhook(codeHash, Attributes.string(item, "portalId"), Attributes.number(item, "userId"), scopes(item));
    }

    /** The stored form of an access token (also written by the OAuth refresh transaction). */
    static Map<String, AttributeValue> accessToken(AccessToken token) {
        Map<String, AttributeValue> item = Attributes.key(Keys.token(token.tokenHash()), Keys.TOKEN_SK);
        Attributes.putString(item, "portalId", token.portalId());
        Attributes.putString(item, "clientId", token.clientId());
        Attributes.putNumber(item, "userId", token.userId());
        Attributes.putStrings(item, "scopes", token.scopes());
        Attributes.putNumber(item, "expiresAt", token.expiresAt().getEpochSecond());
        Attributes.putNumber(item, TableLayout.TTL_ATTRIBUTE,
                token.expiresAt().plus(EXPIRED_TOKEN_RETENTION).getEpochSecond());
        return item;
    }

    static AccessToken toAccessToken(String tokenHash, Map<String, AttributeValue> item) {
        return new AccessToken(tokenHash, Attributes.string(item, "portalId"), Attributes.string(item, "clientId"),
                Attributes.number(item, "userId"), scopes(item),
                Instant.ofEpochSecond(Attributes.number(item, "expiresAt")));
    }

    private static Set<String> scopes(Map<String, AttributeValue> item) {
        List<String> scopes = Attributes.strings(item, "scopes");
        return scopes == null ? Set.of() : new HashSet<>(scopes);
    }
}
