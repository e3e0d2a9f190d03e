package com.telephony.store.dynamodb;

import com.telephony.domain.ConcurrentAllocation;

import com.telephony.domain.extline.ExternalLine;
import com.telephony.domain.extline.ExternalLineExists;
import com.telephony.domain.extline.ExternalLineNotFound;
import com.telephony.domain.extline.ExternalLineOwner;
import com.telephony.domain.extline.ExternalLineStore;
import jakarta.inject.Singleton;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.DeleteItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.IgnoreNullsMode;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.UpdateItemEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

import java.util.Comparator;
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
    private static final Expression ABSENT = Expression.builder()
            .expression("attribute_not_exists(#pk)").putExpressionName("#pk", TableLayout.PARTITION_KEY).build();
    private static final Expression PRESENT = Expression.builder()
            .expression("attribute_exists(#pk)").putExpressionName("#pk", TableLayout.PARTITION_KEY).build();

    private final DynamoDbClient client;
    private final Transactions transactions;
    private final DynamoDbTable<ExternalLineItem> lines;
    private final String tableName;

    public DynamoDbExternalLineStore(DynamoDbClient client, DynamoDbEnhancedClient enhanced, TelephonyTable table) {
        this.client = client;
        this.transactions = new Transactions(client);
        this.tableName = table.name();
        this.lines = enhanced.table(table.name(), ExternalLineItem.SCHEMA);
    }

    /**
     * A counter of its own, apart from the SIP sequences, so the two kinds of line never contend. Reading it claims
     * nothing: {@link #insert} advances it in the same transaction as the line, so a failed or refused add never
     * uses up an id.
     */
    @Override
    public long allocateId(String portalId) {
        AttributeValue current = client.getItem(request -> request
                        .tableName(tableName)
                        .key(Attributes.key(Keys.portal(portalId), Keys.EXTERNAL_LINE_SEQUENCE_SK))
                        .consistentRead(true)).item().get("lineId");
        return (current == null ? 0 : Long.parseLong(current.n())) + 1;
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
                        .item(ExternalLineItem.SCHEMA.itemToMap(ExternalLineItem.from(line), true))
                        .conditionExpression("attribute_not_exists(#pk)")
                        .expressionAttributeNames(Map.of("#pk", TableLayout.PARTITION_KEY))
                        .build()).build()));
        if (failed.isPresent()) {
            throw failed.getAsInt() == 0 ? new ConcurrentAllocation() : new ExternalLineExists();
        }
    }

    @Override
    public Optional<ExternalLine> find(ExternalLineOwner owner, String number) {
        return Optional.ofNullable(lines.getItem(request -> request.consistentRead(true).key(key(owner, number))))
                .map(ExternalLineItem::toLine);
    }

    /** One Query on the owner's partition (all pages); ids grow with creation, so sorting by id is creation order. */
    @Override
    public List<ExternalLine> list(ExternalLineOwner owner) {
        QueryConditional partition = QueryConditional.sortBeginsWith(Key.builder()
                .partitionValue(Keys.externalLines(owner)).sortValue(Keys.EXTERNAL_LINE_PREFIX).build());
        return lines.query(QueryEnhancedRequest.builder().queryConditional(partition).consistentRead(true).build())
                .items().stream()
                .map(ExternalLineItem::toLine)
                .sorted(Comparator.comparingLong(ExternalLine::id))
                .toList();
    }

    @Override
    public ExternalLine update(ExternalLineOwner owner, String number, String name, Boolean crmAutoCreate) {
        ExternalLineItem changes = ExternalLineItem.keyed(owner, number);
        changes.name = name;
        changes.crmAutoCreate = crmAutoCreate == null ? null : ExternalLineItem.flag(crmAutoCreate);
        try {
            // Null fields of the partial item are left alone (not removed); the result is the whole item after.
            return lines.updateItem(UpdateItemEnhancedRequest.builder(ExternalLineItem.class)
                    .item(changes).ignoreNullsMode(IgnoreNullsMode.SCALAR_ONLY).conditionExpression(PRESENT).build())
                    .toLine();
        } catch (ConditionalCheckFailedException missing) {
            throw new ExternalLineNotFound(number);
        }
    }

    @Override
    public void delete(ExternalLineOwner owner, String number) {
        try {
            lines.deleteItem(DeleteItemEnhancedRequest.builder().key(key(owner, number)).conditionExpression(PRESENT).build());
        } catch (ConditionalCheckFailedException missing) {
            throw new ExternalLineNotFound(number);
        }
    }

    private static Key key(ExternalLineOwner owner, String number) {
        return Key.builder().partitionValue(Keys.externalLines(owner)).sortValue(Keys.externalLine(number)).build();
    }
}
