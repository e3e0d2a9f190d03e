package com.telephony.store.dynamodb;

import com.telephony.domain.sip.SipConnector;
import com.telephony.domain.sip.SipConnectorStore;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The SIP Connector state: one item per portal, {@code PORTAL#<portal>} / {@code CONNECTOR#SIP}, with
 * {@code freeMinutes}, {@code paid} and, when paid, {@code paidUntil} (epoch seconds). No item: never set.
 */
@Singleton
public final class DynamoDbSipConnectorStore implements SipConnectorStore {
    private final DynamoDbClient client;
    private final String tableName;

    public DynamoDbSipConnectorStore(DynamoDbClient client, TelephonyTable table) {
        this.client = client;
        this.tableName = table.name();
    }

    @Override
    public Optional<SipConnector> find(String portalId) {
        Map<String, AttributeValue> item = Reads.item(client, tableName, Keys.portal(portalId), Keys.SIP_CONNECTOR_SK);
        if (item == null) {
            return Optional.empty();
        }
        boolean paid = Boolean.TRUE.equals(item.get("paid").bool());
        Instant paidUntil = paid ? Instant.ofEpochSecond(Long.parseLong(item.get("paidUntil").n())) : null;
        return Optional.of(new SipConnector(Integer.parseInt(item.get("freeMinutes").n()), paid, paidUntil));
    }

    @Override
    public void save(String portalId, SipConnector connector) {
        Map<String, AttributeValue> attributes = new HashMap<>();
        attributes.put("freeMinutes", Attributes.n(connector.freeMinutes()));
        attributes.put("paid", AttributeValue.fromBool(connector.paid()));
        if (connector.paid()) {
            attributes.put("paidUntil", Attributes.n(connector.paidUntil().getEpochSecond()));
        }
        client.putItem(PutItemRequest.builder()
                .tableName(tableName)
                .item(Attributes.item(Keys.portal(portalId), Keys.SIP_CONNECTOR_SK, attributes))
                .build());
    }
}
