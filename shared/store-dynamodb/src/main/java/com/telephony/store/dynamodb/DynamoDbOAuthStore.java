package com.telephony.store.dynamodb;

import com.telephony.domain.tenancy.AccessToken;
import com.telephony.domain.tenancy.ClientCredentials;
import com.telephony.domain.tenancy.OAuthStore;
import com.telephony.domain.tenancy.RefreshToken;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Client secrets ({@code CLIENT#clientId}) and refresh tokens ({@code REFRESH#sha256}), by hash only. A refresh is
 * one transaction: the old refresh token deleted on condition that it still exists, the new access and refresh
 * tokens put; of two concurrent refreshes with one token, exactly one succeeds.
 */
@Singleton
public final class DynamoDbOAuthStore implements OAuthStore {
    private final DynamoDbClient client;
    private final String table;

    public DynamoDbOAuthStore(DynamoDbClient client, TelephonyTable table) {
        this.client = client;
        this.table = table.name();
    }

    @Override
    public void saveClientCredentials(ClientCredentials credentials) {
        Map<String, AttributeValue> item = Attributes.key(Keys.client(credentials.clientId()), Keys.CLIENT_SK);
        item.put("portalId", AttributeValue.fromS(credentials.portalId()));
        item.put("clientId", AttributeValue.fromS(credentials.clientId()));
        item.put("secretHash", AttributeValue.fromS(credentials.secretHash()));
        client.putItem(request -> request.tableName(table).item(item));
    }

    @Override
    public Optional<ClientCredentials> findClientCredentials(String clientId) {
        return get(Keys.client(clientId), Keys.CLIENT_SK).map(item -> new ClientCredentials(clientId,
                item.get("portalId").s(), item.get("secretHash").s()));
    }

    @Override
    public void saveRefreshToken(RefreshToken token) {
        client.putItem(request -> request.tableName(table).item(refreshItem(token)));
    }

    @Override
    public Optional<RefreshToken> findRefreshToken(String tokenHash) {
        return get(Keys.refreshToken(tokenHash), Keys.REFRESH_TOKEN_SK).map(item -> new RefreshToken(tokenHash,
                item.get("portalId").s(), item.get("clientId").s(), Long.parseLong(item.get("userId").n()),
                item.containsKey("scopes") ? new HashSet<>(item.get("scopes").ss()) : java.util.Set.of(),
                Instant.ofEpochSecond(Long.parseLong(item.get("expiresAt").n()))));
    }

    @Override
    public boolean exchange(RefreshToken spent, AccessToken access, RefreshToken next) {
        Map<String, AttributeValue> accessItem = TenancyItem.accessToken(access);
        try {
            client.transactWriteItems(request -> request.transactItems(
                    TransactWriteItem.builder().delete(Delete.builder().tableName(table)
                            .key(Attributes.key(Keys.refreshToken(spent.tokenHash()), Keys.REFRESH_TOKEN_SK))
                            .conditionExpression("attribute_exists(#pk)")
                            .expressionAttributeNames(Map.of("#pk", TableLayout.PARTITION_KEY)).build()).build(),
                    TransactWriteItem.builder().put(Put.builder().tableName(table).item(accessItem).build()).build(),
                    TransactWriteItem.builder().put(Put.builder().tableName(table).item(refreshItem(next)).build())
                            .build()));
            return true;
        } catch (TransactionCanceledException alreadySpent) {
            return false;
        }
    }

    private Map<String, AttributeValue> refreshItem(RefreshToken token) {
        Map<String, AttributeValue> item = Attributes.key(Keys.refreshToken(token.tokenHash()), Keys.REFRESH_TOKEN_SK);
        item.put("portalId", AttributeValue.fromS(token.portalId()));
        item.put("clientId", AttributeValue.fromS(token.clientId()));
        item.put("userId", AttributeValue.fromN(Long.toString(token.userId())));
        if (!token.scopes().isEmpty()) {
            item.put("scopes", AttributeValue.fromSs(List.copyOf(token.scopes())));
        }
        item.put("expiresAt", AttributeValue.fromN(Long.toString(token.expiresAt().getEpochSecond())));
        item.put(TableLayout.TTL_ATTRIBUTE, AttributeValue.fromN(Long.toString(token.expiresAt().getEpochSecond())));
        return item;
    }

    private Optional<Map<String, AttributeValue>> get(String pk, String sk) {
        // Strongly consistent: a token issued a moment ago must be refreshable at once, and a spent one gone.
        return Optional.ofNullable(Reads.item(client, table, pk, sk));
    }
}
