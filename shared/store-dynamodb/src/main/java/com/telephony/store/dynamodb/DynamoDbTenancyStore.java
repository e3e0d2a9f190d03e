package com.telephony.store.dynamodb;

import com.telephony.domain.tenancy.AccessToken;
import com.telephony.domain.tenancy.Application;
import com.telephony.domain.tenancy.Portal;
import com.telephony.domain.tenancy.PortalUser;
import com.telephony.domain.tenancy.TenancyStore;
import com.telephony.domain.tenancy.Webhook;
import jakarta.inject.Singleton;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Portals, users, applications and credentials, through the enhanced client with one static schema. */
@Singleton
public final class DynamoDbTenancyStore implements TenancyStore {
    /** Expired tokens stay readable for a day so callers get {@code expired_token}, not {@code invalid_token}. */
    private static final Duration EXPIRED_TOKEN_RETENTION = Duration.ofDays(1);

    private final DynamoDbTable<TenancyItem> table;

    public DynamoDbTenancyStore(DynamoDbEnhancedClient enhanced, TelephonyTable table) {
        this.table = enhanced.table(table.name(), TenancyItem.SCHEMA);
    }

    @Override
    public void savePortal(Portal portal) {
        TenancyItem item = TenancyItem.keyed(Keys.portal(portal.id()), Keys.PORTAL_SK);
        item.portalId = portal.id();
        item.domain = portal.domain();
        item.memberId = portal.memberId();
        item.slug = portal.slug();
        item.zone = portal.zone().getId();
        table.putItem(item);
    }

    @Override
    public void saveUser(PortalUser user) {
        TenancyItem item = TenancyItem.keyed(Keys.portal(user.portalId()), Keys.user(user.id()));
        item.portalId = user.portalId();
        item.userId = user.id();
        item.name = user.name();
        item.admin = user.admin();
        item.canModifyLines = user.canModifyLines();
        table.putItem(item);
    }

    @Override
    public void saveApplication(Application application) {
        TenancyItem item = TenancyItem.keyed(Keys.portal(application.portalId()), Keys.application(application.clientId()));
        item.portalId = application.portalId();
        item.clientId = application.clientId();
        item.name = application.name();
        item.scopes = List.copyOf(application.scopes());
        table.putItem(item);
    }

    @Override
    public void saveWebhook(Webhook webhook) {
        TenancyItem item = TenancyItem.keyed(Keys.webhook(webhook.codeHash()), Keys.WEBHOOK_SK);
        item.portalId = webhook.portalId();
        item.userId = webhook.userId();
        item.scopes = List.copyOf(webhook.scopes());
        table.putItem(item);
    }

    @Override
    public void saveAccessToken(AccessToken token) {
        table.putItem(accessTokenItem(token));
    }

    /** The stored form of an access token (also written by the OAuth refresh transaction). */
    static TenancyItem accessTokenItem(AccessToken token) {
        TenancyItem item = TenancyItem.keyed(Keys.token(token.tokenHash()), Keys.TOKEN_SK);
        item.portalId = token.portalId();
        item.clientId = token.clientId();
        item.userId = token.userId();
        item.scopes = List.copyOf(token.scopes());
        item.expiresAt = token.expiresAt().getEpochSecond();
        item.ttl = token.expiresAt().plus(EXPIRED_TOKEN_RETENTION).getEpochSecond();
        return item;
    }

    @Override
    public Optional<Portal> findPortal(String portalId) {
        return get(Keys.portal(portalId), Keys.PORTAL_SK)
                .map(i -> new Portal(i.portalId, i.domain, i.memberId, i.slug, ZoneId.of(i.zone)));
    }

    @Override
    public Optional<PortalUser> findUser(String portalId, long userId) {
        return get(Keys.portal(portalId), Keys.user(userId))
                .map(i -> new PortalUser(i.portalId, i.userId, i.name, Boolean.TRUE.equals(i.admin),
                        Boolean.TRUE.equals(i.canModifyLines)));
    }

    @Override
    public Optional<Application> findApplication(String portalId, String clientId) {
        return get(Keys.portal(portalId), Keys.application(clientId))
                .map(i -> new Application(i.portalId, i.clientId, i.name, scopes(i)));
    }

    @Override
    public Optional<Webhook> findWebhook(String codeHash) {
        return get(Keys.webhook(codeHash), Keys.WEBHOOK_SK)
                .map(i -> new Webhook(codeHash, i.portalId, i.userId, scopes(i)));
    }

    @Override
    public Optional<AccessToken> findAccessToken(String tokenHash) {
        return get(Keys.token(tokenHash), Keys.TOKEN_SK)
                .map(i -> new AccessToken(tokenHash, i.portalId, i.clientId, i.userId, scopes(i),
                        Instant.ofEpochSecond(i.expiresAt)));
    }

    private Optional<TenancyItem> get(String pk, String sk) {
        // Strongly consistent: a credential provisioned a moment ago must work on the next call.
        return Optional.ofNullable(table.getItem(request -> request.consistentRead(true)
                .key(Key.builder().partitionValue(pk).sortValue(sk).build())));
    }

    private static Set<String> scopes(TenancyItem item) {
        return item.scopes == null ? Set.of() : new HashSet<>(item.scopes);
    }
}
