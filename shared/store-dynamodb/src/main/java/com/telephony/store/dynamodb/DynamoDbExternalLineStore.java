package com.telephony.store.dynamodb;

import com.telephony.domain.ConcurrentAllocation;

import com.telephony.domain.extline.ExternalLine;
import com.telephony.domain.extline.ExternalLineExists;
import com.telephony.domain.extline.ExternalLineNotFound;
import com.telephony.domain.extline.ExternalLineOwner;
import com.telephony.domain.extline.ExternalLineStore;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * External lines in the single table, one item per line under the owner's partition with the number as sort key.
 * Every write is conditional: put-if-absent (unique number per application, in one transaction with the id it
 * claims), update-if-present and
 * delete-if-present, so a concurrent delete can never be undone by an update that read the line before it.
 */
@Singleton
public final class DynamoDbExternalLineStore implements ExternalLineStore {
    private static final String PRESENT = "attribute_exists(#pk)";
    private static final Map<String, String> PK = Map.of("#pk", TableLayout.PARTITION_KEY);
    /** A class, not {@code Comparator.comparingLong(ExternalLine::id)}: no lambda spun on the first listing. */
    private static final Comparator<ExternalLine> BY_ID = new Comparator<>() {
        @Override
        public int compare(ExternalLine a, ExternalLine b) {
            return Long.compare(a.id(), b.id());
        }
    };

    private final DynamoDbClient client;
    private final Transactions transactions;
    private final String tableName;

    public DynamoDbExternalLineStore(DynamoDbClient client, TelephonyTable table) {
        this.client = client;
        this.transactions = new Transactions(client);
        this.tableName = table.name();
    }

    /**
     * A counter of its own, apart from the SIP sequences, so the two kinds of line never contend. Reading it claims
     * nothing: {@link #insert} advances it in the same transaction as the line, so a failed or refused add never
     * uses up an id.
     */
    @Override
    public long allocateId(String portalId) {
        Map<String, AttributeValue> counter = Reads.item(client, tableName, Keys.portal(portalId),
                Keys.EXTERNAL_LINE_SEQUENCE_SK);
        Long current = counter == null ? null : Attributes.number(counter, "lineId");
        return (current == null ? 0 : current) + 1;
    }

    @Override
    public void insert(ExternalLine line) {
        long id = line.id();
        OptionalInt failed = transactions.write(List.of(
                TransactWriteItem.builder().update(Update.builder()
                        .tableName(tableName)
                        .key(Attributes.key(Keys.portal(line.owner().portalId()), Keys.EXTERNAL_LINE_SEQUENCE_SK))
                        .updateExpression("SET lineId = :id")
                        .conditionExpression("attribute_not_exists(lineId) OR lineId < :id")
                        .expressionAttributeValues(Map.of(":id", Attributes.n(id)))
                        .build()).build(),
                TransactWriteItem.builder().put(Put.builder()
                        .tableName(tableName)
                        .item(ExternalLineItem.toItem(line))
                        .conditionExpression("attribute_not_exists(#pk)")
                        .expressionAttributeNames(PK)
                        .build()).build()));
        if (failed.isPresent()) {
            throw failed.getAsInt() == 0 ? new ConcurrentAllocation() : new ExternalLineExists();
        }
    }

    @Override
    public Optional<ExternalLine> find(ExternalLineOwner owner, String number) {
        Map<String, AttributeValue> item = Reads.item(client, tableName, Keys.externalLines(owner),
                Keys.externalLine(number));
        return item == null ? Optional.empty() : Optional.of(ExternalLineItem.fromItem(item));
    }

    /** One Query on the owner's partition (all pages); ids grow with creation, so sorting by id is creation order. */
    @Override
    public List<ExternalLine> list(ExternalLineOwner owner) {
        List<Map<String, AttributeValue>> items = Reads.query(client, QueryRequest.builder()
                .tableName(tableName)
                .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                .expressionAttributeNames(Map.of("#pk", TableLayout.PARTITION_KEY, "#sk", TableLayout.SORT_KEY))
                .expressionAttributeValues(Map.of(":pk", Attributes.s(Keys.externalLines(owner)),
                        ":prefix", Attributes.s(Keys.EXTERNAL_LINE_PREFIX)))
                .consistentRead(true)
                .build(), Integer.MAX_VALUE);
        List<ExternalLine> lines = new ArrayList<>(items.size());
        for (Map<String, AttributeValue> item : items) {
            lines.add(ExternalLineItem.fromItem(item));
        }
        lines.sort(BY_ID);
        return lines;
    }

    @Override
    public ExternalLine update(ExternalLineOwner owner, String number, String name, Boolean crmAutoCreate) {
        // Only the given fields are set; a null one is left alone (not removed). The result is the whole item after.
        Map<String, String> names = new HashMap<>(PK);
        Map<String, AttributeValue> values = new HashMap<>();
        List<String> assignments = new ArrayList<>(2);
        if (name != null) {
            names.put("#name", "name");
            values.put(":name", Attributes.s(name));
            assignments.add("#name = :name");
        }
        if (crmAutoCreate != null) {
            names.put("#crmAutoCreate", "crmAutoCreate");
            values.put(":crmAutoCreate", Attributes.s(ExternalLineItem.flag(crmAutoCreate)));
            assignments.add("#crmAutoCreate = :crmAutoCreate");
        }
        UpdateItemRequest.Builder request = UpdateItemRequest.builder()
                .tableName(tableName)
                .key(ExternalLineItem.key(owner, number))
                .conditionExpression(PRESENT)
                .expressionAttributeNames(names)
                .returnValues(ReturnValue.ALL_NEW);
        if (!assignments.isEmpty()) {
            // with nothing to set, no update expression: the call only checks the line exists and returns it
            request.updateExpression("SET " + String.join(", ", assignments)).expressionAttributeValues(values);
        }
        try {
            return ExternalLineItem.fromItem(client.updateItem(request.build()).attributes());
        } catch (ConditionalCheckFailedException missing) {
            throw new ExternalLineNotFound(number);
        }
    }

    @Override
    public void delete(ExternalLineOwner owner, String number) {
        try {
            client.deleteItem(DeleteItemRequest.builder()
                    .tableName(tableName)
                    .key(ExternalLineItem.key(owner, number))
                    .conditionExpression(PRESENT)
                    .expressionAttributeNames(PK)
                    .build());
        } catch (ConditionalCheckFailedException missing) {
            throw new ExternalLineNotFound(number);
        }
    }
}
