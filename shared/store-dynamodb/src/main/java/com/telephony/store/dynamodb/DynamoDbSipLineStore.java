package com.telephony.store.dynamodb;

import com.telephony.domain.sip.CloudLineLimitReached;
import com.telephony.domain.sip.LineOwner;
import com.telephony.domain.sip.SipLine;
import com.telephony.domain.sip.SipLineIds;
import com.telephony.domain.sip.SipLineRules;
import com.telephony.domain.sip.SipLineStore;
import com.telephony.domain.sip.SipLineTitleTaken;
import jakarta.inject.Singleton;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * SIP lines in the single table. Invariants are DynamoDB conditions inside the same transaction as the write:
 * the portal's cloud-line counter ({@code n < limit}), a title guard item per portal (put-if-absent) and a REG_ID
 * pointer item. Items are mapped with the enhanced client's static schema; transactions that need update
 * expressions (the counter) go through the low-level client, which the enhanced API does not cover.
 */
@Singleton
public final class DynamoDbSipLineStore implements SipLineStore {
    /** REG_IDs look like Voximplant's (six digits and up) and are unique per portal. */
    static final long REG_ID_BASE = 150_000;

    private final DynamoDbClient client;
    private final DynamoDbTable<SipLineItem> lines;
    private final String tableName;
    private final Transactions transactions;

    public DynamoDbSipLineStore(DynamoDbClient client, DynamoDbEnhancedClient enhanced, TelephonyTable table) {
        this.client = client;
        this.tableName = table.name();
        this.lines = enhanced.table(table.name(), SipLineItem.SCHEMA);
        this.transactions = new Transactions(client);
    }

    /** One atomic counter item per portal holds all three sequences; one round trip per add. */
    @Override
    public SipLineIds allocateIds(String portalId, boolean cloud) {
        UpdateItemResponse response = client.updateItem(request -> request
                .tableName(tableName)
                .key(Attributes.key(Keys.portal(portalId), Keys.SEQUENCE_SK))
                .updateExpression(cloud ? "ADD lineId :one, configId :one, regId :one" : "ADD lineId :one, configId :one")
                .expressionAttributeValues(Map.of(":one", Attributes.n(1)))
                .returnValues(ReturnValue.UPDATED_NEW));
        Map<String, AttributeValue> values = response.attributes();
        return new SipLineIds(
                Long.parseLong(values.get("lineId").n()),
                Long.parseLong(values.get("configId").n()),
                cloud ? REG_ID_BASE + Long.parseLong(values.get("regId").n()) : null);
    }

    @Override
    public void insert(SipLine line, int cloudLimit) {
        String portalKey = Keys.portal(line.owner().portalId());
        List<TransactWriteItem> items = new ArrayList<>();
        int countGuard = -1;
        int titleGuard = -1;
        // Guards in precedence order: the cloud limit is reported before a duplicate title (contract §3.3).
        if (line.isCloud()) {
            countGuard = items.size();
            items.add(TransactWriteItem.builder().update(Update.builder()
                    .tableName(tableName)
                    .key(Attributes.key(portalKey, Keys.CLOUD_COUNT_SK))
                    .updateExpression("ADD cloudLines :one")
                    .conditionExpression("attribute_not_exists(cloudLines) OR cloudLines < :limit")
                    .expressionAttributeValues(Map.of(":one", Attributes.n(1), ":limit", Attributes.n(cloudLimit)))
                    .build()).build());
            items.add(putIfAbsent(Attributes.item(portalKey, Keys.registration(line.regId()), pointerTo(line))));
        }
        if (!line.title().isEmpty()) {
            titleGuard = items.size();
            items.add(putIfAbsent(Attributes.item(portalKey, Keys.title(SipLineRules.titleKey(line.title())),
                    pointerTo(line))));
        }
        items.add(putIfAbsent(SipLineItem.SCHEMA.itemToMap(SipLineItem.from(line), true)));

        OptionalInt failed = transactions.write(items);
        if (failed.isPresent()) {
            int index = failed.getAsInt();
            if (index == countGuard) {
                throw new CloudLineLimitReached(cloudLimit);
            }
            if (index == titleGuard) {
                throw new SipLineTitleTaken();
            }
            throw new IllegalStateException("identifier collision while inserting line " + line.configId());
        }
    }

    @Override
    public Optional<SipLine> find(LineOwner owner, long configId) {
        SipLineItem item = lines.getItem(request -> request.consistentRead(true).key(Key.builder()
                .partitionValue(Keys.lines(owner)).sortValue(Keys.line(configId)).build()));
        return Optional.ofNullable(item).map(SipLineItem::toLine);
    }

    /** Guard and pointer items name the line they belong to, so a later update or delete can release them. */
    private static Map<String, AttributeValue> pointerTo(SipLine line) {
        Map<String, AttributeValue> pointer = new HashMap<>();
        pointer.put("appId", Attributes.s(line.owner().applicationId()));
        pointer.put("configId", Attributes.n(line.configId()));
        return pointer;
    }

    private TransactWriteItem putIfAbsent(Map<String, AttributeValue> item) {
        return TransactWriteItem.builder().put(Put.builder()
                .tableName(tableName)
                .item(item)
                .conditionExpression("attribute_not_exists(" + TableLayout.PARTITION_KEY + ")")
                .build()).build();
    }
}
