package com.telephony.store.dynamodb;

import com.telephony.domain.ConcurrentAllocation;

import com.telephony.domain.sip.CloudLineLimitReached;
import com.telephony.domain.sip.LineOwner;
import com.telephony.domain.sip.SipLine;
import com.telephony.domain.sip.SipLineChange;
import com.telephony.domain.sip.SipLineIds;
import com.telephony.domain.sip.SipLineRules;
import com.telephony.domain.sip.SipLineStore;
import com.telephony.domain.sip.SipLineTitleTaken;
import com.telephony.domain.sip.ConfigIdRange;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * SIP lines in the single table. Invariants are DynamoDB conditions inside the same transaction as the write:
 * the portal's cloud-line counter ({@code n < limit}), a title guard item per portal (put-if-absent) and a REG_ID
 * pointer item. Items are mapped by {@link SipLineItem}.
 * <p>
 * Updates write only the attributes that change, so concurrent updates of different fields of one line all land.
 * Writes that depend on the line's title (moving or freeing its title guard) are conditioned on the title they
 * read, so two concurrent title changes can never leave a guard that no line holds.
 */
@Singleton
public final class DynamoDbSipLineStore implements SipLineStore {
    private final DynamoDbClient client;
    private final String tableName;
    private final Transactions transactions;

    public DynamoDbSipLineStore(DynamoDbClient client, TelephonyTable table) {
        this.client = client;
        this.tableName = table.name();
        this.transactions = new Transactions(client);
    }

    /**
     * One counter item per portal holds all three sequences. Reading it claims nothing: {@link #insert} advances it
     * in the same transaction as the line, on condition that no other add advanced it meanwhile, so a failed or
     * refused add never uses up an id and a line is never stored without its counter step.
     */
    @Override
    public SipLineIds allocateIds(String portalId, boolean cloud) {
        Map<String, AttributeValue> counter = Reads.item(client, tableName, Keys.portal(portalId), Keys.SEQUENCE_SK);
        return new SipLineIds(counterValue(counter, "lineId") + 1, counterValue(counter, "configId") + 1,
                cloud ? SipLineIds.REG_ID_BASE + counterValue(counter, "regId") + 1 : null);
    }

    private static long counterValue(Map<String, AttributeValue> counter, String name) {
        AttributeValue value = counter == null ? null : counter.get(name);
        return value == null ? 0 : Long.parseLong(value.n());
    }

    /** Advances the sequences to the line's ids, if no other add has reached them since {@link #allocateIds}. */
    private TransactWriteItem claimIds(String portalKey, SipLine line) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":lineId", Attributes.n(line.id()));
        values.put(":configId", Attributes.n(line.configId()));

        String update = "SET lineId = :lineId, configId = :configId";
        if (line.isCloud()) {
            values.put(":regId", Attributes.n(line.regId() - SipLineIds.REG_ID_BASE));
            update += ", regId = :regId";
        }
        return TransactWriteItem.builder().update(Update.builder()
                .tableName(tableName)
                .key(Attributes.key(portalKey, Keys.SEQUENCE_SK))
                .updateExpression(update)
                // every add moves lineId forward, so "still below this line's id" means nobody claimed it meanwhile
                .conditionExpression("attribute_not_exists(lineId) OR lineId < :lineId")
                .expressionAttributeValues(values)
                .build()).build();
    }

    @Override
    public void insert(SipLine line, int cloudLimit) {
        String portalKey = Keys.portal(line.owner().portalId());
        List<TransactWriteItem> items = new ArrayList<>();
        int idsClaim = items.size();
        items.add(claimIds(portalKey, line));
        int countGuard = -1;
        int titleGuard = -1;
        // Guards in precedence order: the cloud limit is reported before a duplicate title (docs/bitrix24/sip-lines.md, "Limits").
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
        items.add(putIfAbsent(SipLineItem.toItem(line)));

        OptionalInt failed = transactions.write(items);
        if (failed.isPresent()) {
            int index = failed.getAsInt();
            if (index == idsClaim) {
                throw new ConcurrentAllocation();
            }
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
        Map<String, AttributeValue> item = Reads.item(client, tableName, Keys.lines(owner), Keys.line(configId));
        return item == null ? Optional.empty() : Optional.of(SipLineItem.fromItem(item));
    }

    /** One Query on the owner's partition; CONFIG_ID bounds become a key condition on the zero-padded sort key. */
    @Override
    public List<SipLine> list(LineOwner owner, ConfigIdRange configIds) {
        long from = Math.max(0, configIds.from());
        long to = Math.min(Keys.MAX_KEYED_CONFIG_ID, configIds.to());
        if (from > to) {
            return List.of();
        }
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":pk", Attributes.s(Keys.lines(owner)));
        values.put(":from", Attributes.s(Keys.line(from)));
        values.put(":to", Attributes.s(Keys.line(to)));
        List<Map<String, AttributeValue>> items = Reads.query(client, QueryRequest.builder()
                .tableName(tableName)
                .keyConditionExpression("#pk = :pk AND #sk BETWEEN :from AND :to")
                .expressionAttributeNames(Map.of("#pk", TableLayout.PARTITION_KEY, "#sk", TableLayout.SORT_KEY))
                .expressionAttributeValues(values)
                .consistentRead(true)
                .build(), Integer.MAX_VALUE);
        List<SipLine> lines = new ArrayList<>(items.size());
        for (Map<String, AttributeValue> item : items) {
            lines.add(SipLineItem.fromItem(item));
        }
        return lines;
    }

    @Override
    public boolean update(SipLine current, SipLineChange change) {
        Expression expression = new Expression();
        List<String> assignments = new ArrayList<>();
        assign(expression, assignments, "title", change.title());
        assign(expression, assignments, "server", change.server());
        assign(expression, assignments, "login", change.login());
        assign(expression, assignments, "password", change.password());
        if (change.resetsRegistration()) {
            assignments.add(expression.name("registrationStatusCode") + " = " + expression.value(Attributes.n(0)));
        }
        String condition = "attribute_exists(" + TableLayout.PARTITION_KEY + ")";
        if (change.title() != null) {
            // Any title write depends on the title read: a same-key rewrite racing a move would otherwise
            // overwrite the moved title and strand its new guard.
            condition += " AND " + expression.name("title") + " = " + expression.value(Attributes.s(current.title()));
        }
        String updateExpression = "SET " + String.join(", ", assignments);

        if (!change.movesTitle(current)) {
            return transactions.update(UpdateItemRequest.builder()
                    .tableName(tableName)
                    .key(lineKey(current))
                    .updateExpression(updateExpression)
                    .conditionExpression(condition)
                    .expressionAttributeNames(expression.names)
                    .expressionAttributeValues(expression.values)
                    .build());
        }

        String portalKey = Keys.portal(current.owner().portalId());
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(TransactWriteItem.builder().update(Update.builder()
                .tableName(tableName)
                .key(lineKey(current))
                .updateExpression(updateExpression)
                .conditionExpression(condition)
                .expressionAttributeNames(expression.names)
                .expressionAttributeValues(expression.values)
                .build()).build());
        int newGuard = -1;
        String newTitleKey = SipLineRules.titleKey(change.title());
        if (!newTitleKey.isEmpty()) {
            newGuard = items.size();
            items.add(putIfAbsent(Attributes.item(portalKey, Keys.title(newTitleKey), pointerTo(current))));
        }
        String oldTitleKey = SipLineRules.titleKey(current.title());
        if (!oldTitleKey.isEmpty()) {
            items.add(deleteOwned(portalKey, Keys.title(oldTitleKey), current));
        }

        OptionalInt failed = transactions.write(items);
        if (failed.isEmpty()) {
            return true;
        }
        if (failed.getAsInt() == 0) {
            return false;
        }
        if (failed.getAsInt() == newGuard) {
            throw new SipLineTitleTaken();
        }
        throw new IllegalStateException("the title guard of line " + current.configId() + " is not the line's own");
    }

    @Override
    public boolean delete(SipLine current) {
        String portalKey = Keys.portal(current.owner().portalId());
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(TransactWriteItem.builder().delete(Delete.builder()
                .tableName(tableName)
                .key(lineKey(current))
                .conditionExpression("attribute_exists(" + TableLayout.PARTITION_KEY + ") AND #title = :title")
                .expressionAttributeNames(Map.of("#title", "title"))
                .expressionAttributeValues(Map.of(":title", Attributes.s(current.title())))
                .build()).build());
        if (current.isCloud()) {
            items.add(TransactWriteItem.builder().update(Update.builder()
                    .tableName(tableName)
                    .key(Attributes.key(portalKey, Keys.CLOUD_COUNT_SK))
                    .updateExpression("ADD cloudLines :minusOne")
                    .expressionAttributeValues(Map.of(":minusOne", Attributes.n(-1)))
                    .build()).build());
            items.add(deleteOwned(portalKey, Keys.registration(current.regId()), current));
        }
        String titleKey = SipLineRules.titleKey(current.title());
        if (!titleKey.isEmpty()) {
            items.add(deleteOwned(portalKey, Keys.title(titleKey), current));
        }

        OptionalInt failed = transactions.write(items);
        if (failed.isEmpty()) {
            return true;
        }
        if (failed.getAsInt() == 0) {
            return false;
        }
        throw new IllegalStateException("a guard of line " + current.configId() + " is not the line's own");
    }

    @Override
    public Optional<SipLine> findByRegistration(String portalId, long regId) {
        Map<String, AttributeValue> pointer = Reads.item(client, tableName, Keys.portal(portalId), Keys.registration(regId));
        if (pointer == null) {
            return Optional.empty();
        }
        LineOwner owner = new LineOwner(portalId, pointer.get("appId").s());
        return find(owner, Long.parseLong(pointer.get("configId").n()));
    }

    @Override
    public boolean recordRegistration(SipLine line, int statusCode, String errorMessage) {
        Expression expression = new Expression();
        String update = "SET " + expression.name("registrationStatusCode") + " = " + expression.value(Attributes.n(statusCode))
                + ", " + expression.name("registrationErrorMessage") + " = " + expression.value(Attributes.s(errorMessage));
        return transactions.update(UpdateItemRequest.builder()
                .tableName(tableName)
                .key(lineKey(line))
                .updateExpression(update)
                .conditionExpression("attribute_exists(" + TableLayout.PARTITION_KEY + ")")
                .expressionAttributeNames(expression.names)
                .expressionAttributeValues(expression.values)
                .build());
    }

    private static Map<String, AttributeValue> lineKey(SipLine line) {
        return Attributes.key(Keys.lines(line.owner()), Keys.line(line.configId()));
    }

    private static void assign(Expression expression, List<String> assignments, String attribute, String value) {
        if (value != null) {
            assignments.add(expression.name(attribute) + " = " + expression.value(Attributes.s(value)));
        }
    }

    /** Placeholders for an expression: every attribute by name (some are DynamoDB reserved words), every value. */
    private static final class Expression {
        final Map<String, String> names = new LinkedHashMap<>();
        final Map<String, AttributeValue> values = new LinkedHashMap<>();

        String name(String attribute) {
            String placeholder = "#" + attribute;
            names.put(placeholder, attribute);
            return placeholder;
        }

        String value(AttributeValue value) {
            String placeholder = ":v" + values.size();
            values.put(placeholder, value);
            return placeholder;
        }
    }

    /** Guard and pointer items name the line they belong to, so a later update or delete can release them. */
    private static Map<String, AttributeValue> pointerTo(SipLine line) {
        Map<String, AttributeValue> pointer = new HashMap<>();
        pointer.put("appId", Attributes.s(line.owner().applicationId()));
        pointer.put("configId", Attributes.n(line.configId()));
        return pointer;
    }

    /** Deletes a guard or pointer only if it names this line: never another line's. */
    private TransactWriteItem deleteOwned(String portalKey, String sortKey, SipLine line) {
        return TransactWriteItem.builder().delete(Delete.builder()
                .tableName(tableName)
                .key(Attributes.key(portalKey, sortKey))
                .conditionExpression("#appId = :appId AND #configId = :configId")
                .expressionAttributeNames(Map.of("#appId", "appId", "#configId", "configId"))
                .expressionAttributeValues(Map.of(
                        ":appId", Attributes.s(line.owner().applicationId()),
                        ":configId", Attributes.n(line.configId())))
                .build()).build();
    }

    private TransactWriteItem putIfAbsent(Map<String, AttributeValue> item) {
        return TransactWriteItem.builder().put(Put.builder()
                .tableName(tableName)
                .item(item)
                .conditionExpression("attribute_not_exists(" + TableLayout.PARTITION_KEY + ")")
                .build()).build();
    }
}
