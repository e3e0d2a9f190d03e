package com.telephony.store.dynamodb;

import com.telephony.domain.tenancy.AccessToken;
import com.telephony.domain.tenancy.Application;
import com.telephony.domain.tenancy.Portal;
import com.telephony.domain.tenancy.PortalUser;
import com.telephony.domain.tenancy.TenancyStore;
import com.telephony.domain.tenancy.Webhook;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

import java.util.Map;
import java.util.Optional;

/**
 * Portals, users, applications and credentials: plain puts and strongly consistent gets of {@link TenancyItem}s
 * (a credential provisioned a moment ago must work on the next call).
 */
@Singleton
public final class DynamoDbTenancyStore implements TenancyStore {
    private final DynamoDbClient client;
    private final String tableName;

    public DynamoDbTenancyStore(DynamoDbClient client, TelephonyTable table) {
        this.client = client;
        this.tableName = table.name();
    }

    @Override
    public void savePortal(Portal portal) {
        put(TenancyItem.portal(portal));
    }

    @Override
    public void saveUser(PortalUser user) {
        put(TenancyItem.user(user));
    }

    @Override
    public void saveApplication(Application application) {
        put(TenancyItem.application(application));
    }

    @Override
    public void saveWebhook(Webhook webhook) {
        put(TenancyItem.webhook(webhook));
    }

    @Override
    public void saveAccessToken(AccessToken token) {
        put(TenancyItem.accessToken(token));
    }

    @Override
    public Optional<Portal> findPortal(String portalId) {
        Map<String, AttributeValue> item = Reads.item(client, tableName, Keys.portal(portalId), Keys.PORTAL_SK);
        return item == null ? Optional.empty() : Optional.of(TenancyItem.toPortal(item));
    }

    @Override
    public Optional<PortalUser> findUser(String portalId, long userId) {
        Map<String, AttributeValue> item = Reads.item(client, tableName, Keys.portal(portalId), Keys.user(userId));
        return item == null ? Optional.empty() : Optional.of(TenancyItem.toUser(item));
    }

    @Override
    public Optional<Application> findApplication(String portalId, String clientId) {
        Map<String, AttributeValue> item = Reads.item(client, tableName, Keys.portal(portalId),
                Keys.application(clientId));
        return item == null ? Optional.empty() : Optional.of(TenancyItem.toApplication(item));
    }

    @Override
    public Optional<Webhook> findWebhook(String codeHash) {
        Map<String, AttributeValue> item = Reads.item(client, tableName, Keys.webhook(codeHash), Keys.WEBHOOK_SK);
        return item == null ? Optional.empty() : Optional.of(TenancyItem.toWebhook(codeHash, item));
    }

    @Override
    public Optional<AccessToken> findAccessToken(String tokenHash) {
        Map<String, AttributeValue> item = Reads.item(client, tableName, Keys.token(tokenHash), Keys.TOKEN_SK);
        return item == null ? Optional.empty() : Optional.of(TenancyItem.toAccessToken(tokenHash, item));
    }

    /** An unconditional put: saving again replaces the whole item. */
    private void put(Map<String, AttributeValue> item) {
        client.putItem(PutItemRequest.builder().tableName(tableName).item(item).build());
    }
}
