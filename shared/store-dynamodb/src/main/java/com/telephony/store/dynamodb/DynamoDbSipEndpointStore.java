package com.telephony.store.dynamodb;

import com.telephony.domain.fabric.PageRequest;
import com.telephony.domain.fabric.SipEndpoint;
import com.telephony.domain.fabric.SipEndpointPage;
import com.telephony.domain.fabric.SipEndpointStore;
import com.telephony.domain.fabric.SipEndpointUsernameTaken;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
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
    private final DynamoDbClient client;
    private final String tableName;
    private final Transactions transactions;

    public DynamoDbSipEndpointStore(DynamoDbClient client, TelephonyTable table) {
        this.client = client;
        this.tableName = table.name();
        this.transactions = new Transactions(client);
    }

    @Override
    public void insert(SipEndpoint endpoint) {
        OptionalInt failed = transactions.write(List.of(
                putIfAbsent(guard(endpoint)),
                putIfAbsent(SipEndpointItem.toItem(endpoint))));
        if (failed.isPresent()) {
            if (failed.getAsInt() == 0) {
                throw new SipEndpointUsernameTaken();
            }
            throw new IllegalStateException("SIP endpoint id collision: " + endpoint.id());
        }
    }

    @Override
    public Optional<SipEndpoint> find(String projectId, String endpointId) {
        Map<String, AttributeValue> item = Reads.item(client, tableName, Keys.project(projectId),
                Keys.endpoint(endpointId));
        return item == null ? Optional.empty() : Optional.of(SipEndpointItem.fromItem(item));
    }

    /** The version check comes first, so a stale read is reported as such and not as a taken username. */
    @Override
    public boolean replace(SipEndpoint current, SipEndpoint updated) {
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(TransactWriteItem.builder().put(Put.builder()
                .tableName(tableName)
                .item(SipEndpointItem.toItem(updated))
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
            List<Map<String, AttributeValue>> found = query(pk, "begins_with(#sk, :from)", Keys.ENDPOINT_PREFIX, null,
                    true, size + 1);
            return new SipEndpointPage(endpoints(found, size), found.size() > size, false);
        }
        PageRequest.Cursor cursor = request.cursor().get();
        if (cursor.direction() == PageRequest.Cursor.Direction.OLDER) {
            List<Map<String, AttributeValue>> found = beyond(pk, cursor.endpointId(), true, size + 1);
            List<SipEndpoint> page = endpoints(found, size);
            boolean newer = !page.isEmpty() && !beyond(pk, page.get(0).id(), false, 1).isEmpty();
            return new SipEndpointPage(page, found.size() > size, newer);
        }
        List<Map<String, AttributeValue>> found = beyond(pk, cursor.endpointId(), false, size + 1);
        List<SipEndpoint> page = endpoints(found, size);
        Collections.reverse(page);
        boolean older = !page.isEmpty() && !beyond(pk, page.get(page.size() - 1).id(), true, 1).isEmpty();
        return new SipEndpointPage(page, older, found.size() > size);
    }

    /**
     * Up to {@code max} endpoints strictly older ({@code older}) or newer than {@code endpointId}, nearest first.
     * Key conditions have no strict bound on a range, so the range includes the cursor's own key and it is dropped.
     */
    private List<Map<String, AttributeValue>> beyond(String pk, String endpointId, boolean older, int max) {
        String cursorKey = Keys.endpoint(endpointId);
        String between = "#sk BETWEEN :from AND :to";
        List<Map<String, AttributeValue>> range = older
                ? query(pk, between, Keys.ENDPOINT_PREFIX, cursorKey, true, max + 1)
                : query(pk, between, cursorKey, Keys.ENDPOINT_RANGE_END, false, max + 1);
        List<Map<String, AttributeValue>> beyond = new ArrayList<>(max);
        for (Map<String, AttributeValue> item : range) {
            if (beyond.size() < max && !endpointId.equals(SipEndpointItem.id(item))) {
                beyond.add(item);
            }
        }
        return beyond;
    }

    /**
     * Up to {@code max} endpoint items of the project whose sort key meets {@code sortCondition} (on {@code :from}
     * and, if given, {@code :to}), newest or oldest first: a strongly consistent Query that asks for {@code max} items
     * per page.
     */
    private List<Map<String, AttributeValue>> query(String pk, String sortCondition, String from, String to,
                                                    boolean newestFirst, int max) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":pk", Attributes.s(pk));
        values.put(":from", Attributes.s(from));
        if (to != null) {
            values.put(":to", Attributes.s(to));
        }
        return Reads.query(client, QueryRequest.builder()
                .tableName(tableName)
                .keyConditionExpression("#pk = :pk AND " + sortCondition)
                .expressionAttributeNames(Map.of("#pk", TableLayout.PARTITION_KEY, "#sk", TableLayout.SORT_KEY))
                .expressionAttributeValues(values)
                .scanIndexForward(!newestFirst)
                .consistentRead(true)
                .limit(max)
                .build(), max);
    }

    private static List<SipEndpoint> endpoints(List<Map<String, AttributeValue>> found, int size) {
        List<SipEndpoint> endpoints = new ArrayList<>(Math.min(size, found.size()));
        for (int i = 0; i < found.size() && i < size; i++) {
            endpoints.add(SipEndpointItem.fromItem(found.get(i)));
        }
        return endpoints;
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
