package com.telephony.store.dynamodb;

import com.telephony.domain.fabric.PageRequest;
import com.telephony.domain.fabric.SipEndpoint;
import com.telephony.domain.fabric.SipEndpointPage;
import com.telephony.domain.fabric.SipEndpointStore;
import com.telephony.domain.fabric.SipEndpointUsernameTaken;
import jakarta.inject.Singleton;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * SIP endpoints in their project's partition ({@code PROJECT#p}, {@code EP#id}), each with a username guard item
 * ({@code USER#name}) written, moved and removed in the same transaction as the endpoint, so a username is unique
 * within a project however many writers race. Every write of an endpoint is conditional on the version it replaces.
 * Listing is a strongly consistent Query on the partition: ids are version 7 UUIDs, so sort key order is creation
 * order and newest first is a backwards Query; no index, no Scan.
 */
@Singleton
public final class DynamoDbSipEndpointStore implements SipEndpointStore {
    private final DynamoDbTable<SipEndpointItem> endpoints;
    private final String tableName;
    private final Transactions transactions;

    public DynamoDbSipEndpointStore(DynamoDbClient client, DynamoDbEnhancedClient enhanced, TelephonyTable table) {
        this.tableName = table.name();
        this.endpoints = enhanced.table(table.name(), SipEndpointItem.SCHEMA);
        this.transactions = new Transactions(client);
    }

    @Override
    public void insert(SipEndpoint endpoint) {
        OptionalInt failed = transactions.write(List.of(
                putIfAbsent(guard(endpoint)),
                putIfAbsent(SipEndpointItem.SCHEMA.itemToMap(SipEndpointItem.from(endpoint), true))));
        if (failed.isPresent()) {
            if (failed.getAsInt() == 0) {
                throw new SipEndpointUsernameTaken();
            }
            throw new IllegalStateException("SIP endpoint id collision: " + endpoint.id());
        }
    }

    @Override
    public Optional<SipEndpoint> find(String projectId, String endpointId) {
        SipEndpointItem item = endpoints.getItem(request -> request.consistentRead(true).key(Key.builder()
                .partitionValue(Keys.project(projectId)).sortValue(Keys.endpoint(endpointId)).build()));
        return Optional.ofNullable(item).map(SipEndpointItem::toEndpoint);
    }

    /** The version check comes first, so a stale read is reported as such and not as a taken username. */
    @Override
    public boolean replace(SipEndpoint current, SipEndpoint updated) {
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(TransactWriteItem.builder().put(Put.builder()
                .tableName(tableName)
                .item(SipEndpointItem.SCHEMA.itemToMap(SipEndpointItem.from(updated), true))
                .conditionExpression("version = :version")
                .expressionAttributeValues(Map.of(":version", Attributes.n(current.version())))
                .build()).build());
        int newGuard = -1;
        if (!current.settings().username().equals(updated.settings().username())) {
            newGuard = items.size();
            items.add(putIfAbsent(guard(updated)));
            items.add(deleteGuard(current));
        }
        OptionalInt failed = transactions.write(items);
        if (failed.isPresent() && failed.getAsInt() == newGuard) {
            throw new SipEndpointUsernameTaken();
        }
        return failed.isEmpty();
    }

    @Override
    public boolean delete(SipEndpoint current) {
        Map<String, AttributeValue> key = Attributes.key(Keys.project(current.projectId()), Keys.endpoint(current.id()));
        OptionalInt failed = transactions.write(List.of(
                TransactWriteItem.builder().delete(Delete.builder()
                        .tableName(tableName)
                        .key(key)
                        .conditionExpression("version = :version")
                        .expressionAttributeValues(Map.of(":version", Attributes.n(current.version())))
                        .build()).build(),
                deleteGuard(current)));
        return failed.isEmpty();
    }

    @Override
    public SipEndpointPage page(String projectId, PageRequest request) {
        String pk = Keys.project(projectId);
        int size = request.size();
        if (request.cursor().isEmpty()) {
            List<SipEndpointItem> found = query(pk, QueryConditional.sortBeginsWith(key(pk, Keys.ENDPOINT_PREFIX)),
                    true, size + 1);
            return new SipEndpointPage(endpoints(found, size), found.size() > size, false);
        }
        PageRequest.Cursor cursor = request.cursor().get();
        if (cursor.direction() == PageRequest.Cursor.Direction.OLDER) {
            List<SipEndpointItem> found = beyond(pk, cursor.endpointId(), true, size + 1);
            List<SipEndpoint> page = endpoints(found, size);
            boolean newer = !page.isEmpty() && !beyond(pk, page.get(0).id(), false, 1).isEmpty();
            return new SipEndpointPage(page, found.size() > size, newer);
        }
        List<SipEndpointItem> found = beyond(pk, cursor.endpointId(), false, size + 1);
        List<SipEndpoint> page = new ArrayList<>(endpoints(found, size));
        Collections.reverse(page);
        boolean older = !page.isEmpty() && !beyond(pk, page.get(page.size() - 1).id(), true, 1).isEmpty();
        return new SipEndpointPage(page, older, found.size() > size);
    }

    /**
     * Up to {@code max} endpoints strictly older ({@code older}) or newer than {@code endpointId}, nearest first.
     * Key conditions have no strict bound on a range, so the range includes the cursor's own key and it is dropped.
     */
    private List<SipEndpointItem> beyond(String pk, String endpointId, boolean older, int max) {
        String cursorKey = Keys.endpoint(endpointId);
        QueryConditional range = older
                ? QueryConditional.sortBetween(key(pk, Keys.ENDPOINT_PREFIX), key(pk, cursorKey))
                : QueryConditional.sortBetween(key(pk, cursorKey), key(pk, Keys.ENDPOINT_RANGE_END));
        return query(pk, range, older, max + 1).stream()
                .filter(item -> !item.id().equals(endpointId))
                .limit(max)
                .toList();
    }

    private List<SipEndpointItem> query(String pk, QueryConditional condition, boolean newestFirst, int max) {
        return endpoints.query(request -> request.queryConditional(condition)
                        .scanIndexForward(!newestFirst)
                        .consistentRead(true)
                        .limit(max))
                .items().stream()
                .limit(max)
                .toList();
    }

    private static List<SipEndpoint> endpoints(List<SipEndpointItem> found, int size) {
        return found.stream().limit(size).map(SipEndpointItem::toEndpoint).toList();
    }

    private static Key key(String pk, String sk) {
        return Key.builder().partitionValue(pk).sortValue(sk).build();
    }

    /** The guard names its endpoint, so only that endpoint's own update or delete may remove it. */
    private static Map<String, AttributeValue> guard(SipEndpoint endpoint) {
        return Attributes.item(Keys.project(endpoint.projectId()), Keys.endpointUsername(endpoint.settings().username()),
                Map.of("endpointId", Attributes.s(endpoint.id())));
    }

    private TransactWriteItem deleteGuard(SipEndpoint endpoint) {
        return TransactWriteItem.builder().delete(Delete.builder()
                .tableName(tableName)
                .key(Attributes.key(Keys.project(endpoint.projectId()), Keys.endpointUsername(endpoint.settings().username())))
                .conditionExpression("endpointId = :id")
                .expressionAttributeValues(Map.of(":id", Attributes.s(endpoint.id())))
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
