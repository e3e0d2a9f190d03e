package com.telephony.testing;

import static com.telephony.testing.ConformanceTable.item;
import static com.telephony.testing.ConformanceTable.key;
import static com.telephony.testing.ConformanceTable.n;
import static com.telephony.testing.ConformanceTable.s;
import static com.telephony.testing.ConformanceTable.uniquePartition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.TransactionConflictException;

/**
 * What this project needs from a DynamoDB engine, stated once against whichever engine {@link TestDynamoDb} chose:
 * our dynalite with its TransactWriteItems extension, LocalStack, or AWS ({@code DYNAMODB_ENDPOINT}). Every
 * operation and expression the stores in shared/store-dynamodb use, plus the concurrency their invariants rest on.
 * Only behaviour DynamoDB documents is asserted, so the same suite holds our engine to real DynamoDB.
 */
class EngineConformanceTest {

    private static final int PARALLEL_TRANSACTIONS = 20;
    private static final int PARALLEL_ADDS = 40;

    private static ConformanceTable table;

    @BeforeAll
    static void createTable() {
        TestDynamoDb db = TestDynamoDb.get();
        table = ConformanceTable.create(db.client(), db.uniqueTableName("conformance"));
    }

    @AfterAll
    static void deleteTable() {
        if (table != null) {
            table.delete();
        }
    }

    private static DynamoDbClient client() {
        return table.client();
    }

    @Test
    void conditionalPutCreatesOnlyWhenAbsent() {
        String pk = uniquePartition("put");
        client().putItem(put -> put.tableName(table.name()).item(item(pk, "a", "v", s("first")))
                .conditionExpression("attribute_not_exists(#pk)").expressionAttributeNames(Map.of("#pk", "pk")));

        assertThrows(ConditionalCheckFailedException.class, () -> client().putItem(put -> put.tableName(table.name())
                .item(item(pk, "a", "v", s("second")))
                .conditionExpression("attribute_not_exists(#pk)").expressionAttributeNames(Map.of("#pk", "pk"))));

        assertEquals("first", table.read(pk, "a").get("v").s());
    }

    @Test
    void conditionalUpdateSetsRemovesAndChecksVersions() {
        String pk = uniquePartition("update");
        assertThrows(ConditionalCheckFailedException.class, () -> client().updateItem(update -> update
                .tableName(table.name()).key(key(pk, "a"))
                .updateExpression("SET v = :v").expressionAttributeValues(Map.of(":v", s("x")))
                .conditionExpression("attribute_exists(pk)")));
        assertTrue(table.read(pk, "a").isEmpty(), "a failed conditional update creates nothing");

        table.put(item(pk, "a", "version", n(1), "title", s("old"), "note", s("drop me")));
        client().updateItem(update -> update.tableName(table.name()).key(key(pk, "a"))
                .updateExpression("SET #title = :title, version = :next REMOVE note")
                .conditionExpression("attribute_exists(pk) AND version = :version")
                .expressionAttributeNames(Map.of("#title", "title"))
                .expressionAttributeValues(Map.of(":title", s("new"), ":next", n(2), ":version", n(1))));

        assertThrows(ConditionalCheckFailedException.class, () -> client().updateItem(update -> update
                .tableName(table.name()).key(key(pk, "a"))
                .updateExpression("SET #title = :title").conditionExpression("version = :version")
                .expressionAttributeNames(Map.of("#title", "title"))
                .expressionAttributeValues(Map.of(":title", s("stale"), ":version", n(1)))));

        Map<String, AttributeValue> stored = table.read(pk, "a");
        assertEquals("new", stored.get("title").s());
        assertEquals("2", stored.get("version").n());
        assertFalse(stored.containsKey("note"));
    }

    @Test
    void conditionalDeleteRemovesOnlyAMatchingItem() {
        String pk = uniquePartition("delete");
        assertThrows(ConditionalCheckFailedException.class, () -> client().deleteItem(delete -> delete
                .tableName(table.name()).key(key(pk, "missing")).conditionExpression("attribute_exists(pk)")));

        table.put(item(pk, "a", "title", s("mine")));
        assertThrows(ConditionalCheckFailedException.class, () -> client().deleteItem(delete -> delete
                .tableName(table.name()).key(key(pk, "a"))
                .conditionExpression("attribute_exists(pk) AND #title = :title")
                .expressionAttributeNames(Map.of("#title", "title"))
                .expressionAttributeValues(Map.of(":title", s("theirs")))));
        assertFalse(table.read(pk, "a").isEmpty());

        client().deleteItem(delete -> delete.tableName(table.name()).key(key(pk, "a"))
                .conditionExpression("attribute_exists(pk) AND #title = :title")
                .expressionAttributeNames(Map.of("#title", "title"))
                .expressionAttributeValues(Map.of(":title", s("mine"))));
        assertTrue(table.read(pk, "a").isEmpty());
    }

    @Test
    void addCountersReturnTheirNewValuesOnly() {
        String pk = uniquePartition("counter");
        Map<String, AttributeValue> first = client().updateItem(update -> update.tableName(table.name())
                .key(key(pk, "counters")).updateExpression("ADD lineId :one, configId :one")
                .expressionAttributeValues(Map.of(":one", n(1))).returnValues(ReturnValue.UPDATED_NEW)).attributes();
        assertEquals(Map.of("lineId", n(1), "configId", n(1)), first, "ADD on a missing item starts from 0");

        table.put(item(pk, "other", "untouched", s("x")));
        Map<String, AttributeValue> second = client().updateItem(update -> update.tableName(table.name())
                .key(key(pk, "counters")).updateExpression("ADD lineId :one, configId :one, regId :one")
                .expressionAttributeValues(Map.of(":one", n(1))).returnValues(ReturnValue.UPDATED_NEW)).attributes();
        assertEquals(Map.of("lineId", n(2), "configId", n(2), "regId", n(1)), second);

        client().updateItem(update -> update.tableName(table.name()).key(key(pk, "counters"))
                .updateExpression("ADD lineId :minusOne").expressionAttributeValues(Map.of(":minusOne", n(-1))));
        assertEquals("1", table.read(pk, "counters").get("lineId").n());
    }

    @Test
    void conditionalAddStopsAtALimit() {
        String pk = uniquePartition("limit");
        Runnable add = () -> client().updateItem(update -> update.tableName(table.name()).key(key(pk, "usage"))
                .updateExpression("ADD cloudLines :one")
                .conditionExpression("attribute_not_exists(cloudLines) OR cloudLines < :limit")
                .expressionAttributeValues(Map.of(":one", n(1), ":limit", n(2))));
        add.run();
        add.run();
        assertThrows(ConditionalCheckFailedException.class, add::run);
        assertEquals("2", table.read(pk, "usage").get("cloudLines").n());
    }

    @Test
    void transactionOverPutUpdateDeleteAndConditionCheckCommitsEverything() {
        String pk = uniquePartition("commit");
        table.put(item(pk, "gone", "version", n(3)));
        table.put(item(pk, "counter", "cloudLines", n(4)));
        table.put(item(pk, "guard", "owner", s("me")));

        client().transactWriteItems(request -> request.transactItems(
                TransactWriteItem.builder().put(put -> put.tableName(table.name()).item(item(pk, "new", "v", s("x")))
                        .conditionExpression("attribute_not_exists(pk)")).build(),
                TransactWriteItem.builder().update(update -> update.tableName(table.name()).key(key(pk, "counter"))
                        .updateExpression("ADD cloudLines :one").conditionExpression("cloudLines < :limit")
                        .expressionAttributeValues(Map.of(":one", n(1), ":limit", n(10)))).build(),
                TransactWriteItem.builder().delete(delete -> delete.tableName(table.name()).key(key(pk, "gone"))
                        .conditionExpression("version = :version")
                        .expressionAttributeValues(Map.of(":version", n(3)))).build(),
                TransactWriteItem.builder().conditionCheck(check -> check.tableName(table.name()).key(key(pk, "guard"))
                        .conditionExpression("#owner = :owner").expressionAttributeNames(Map.of("#owner", "owner"))
                        .expressionAttributeValues(Map.of(":owner", s("me")))).build()));

        assertEquals("x", table.read(pk, "new").get("v").s());
        assertEquals("5", table.read(pk, "counter").get("cloudLines").n());
        assertTrue(table.read(pk, "gone").isEmpty());
        assertEquals("me", table.read(pk, "guard").get("owner").s(), "a condition check writes nothing");
    }

    @Test
    void transactionWithOneFailedConditionIsCancelledWithReasonsInPosition() {
        TransactionCancellationScenario.run(table);
    }

    @Test
    void failedConditionCheckAloneCancelsTheWrites() {
        String pk = uniquePartition("check");
        TransactionCanceledException cancelled = assertThrows(TransactionCanceledException.class,
                () -> client().transactWriteItems(request -> request.transactItems(
                        TransactWriteItem.builder().conditionCheck(check -> check.tableName(table.name())
                                .key(key(pk, "guard")).conditionExpression("attribute_exists(pk)")).build(),
                        TransactWriteItem.builder().delete(delete -> delete.tableName(table.name())
                                .key(key(pk, "whatever"))).build(),
                        TransactWriteItem.builder().put(put -> put.tableName(table.name())
                                .item(item(pk, "written", "v", s("no")))).build())));
        assertEquals(List.of("ConditionalCheckFailed", "None", "None"), codes(cancelled));
        assertTrue(table.read(pk, "written").isEmpty());
    }

    @Test
    void twoActionsOnOneItemAreRefused() {
        String pk = uniquePartition("same-item");
        DynamoDbException refused = assertThrows(DynamoDbException.class,
                () -> client().transactWriteItems(request -> request.transactItems(
                        TransactWriteItem.builder().put(put -> put.tableName(table.name())
                                .item(item(pk, "a", "v", s("1")))).build(),
                        TransactWriteItem.builder().update(update -> update.tableName(table.name()).key(key(pk, "a"))
                                .updateExpression("SET v = :v")
                                .expressionAttributeValues(Map.of(":v", s("2")))).build())));
        assertEquals("ValidationException", refused.awsErrorDetails().errorCode());
        assertTrue(refused.awsErrorDetails().errorMessage().contains("multiple operations on one item"),
                refused.awsErrorDetails().errorMessage());
        assertTrue(table.read(pk, "a").isEmpty());
    }

    @Test
    void repeatedClientRequestTokenDoesNotApplyTheTransactionTwice() {
        String pk = uniquePartition("token");
        String token = "conformance-" + ThreadLocalRandom.current().nextLong(Long.MAX_VALUE);
        Runnable add = () -> client().transactWriteItems(request -> request.clientRequestToken(token).transactItems(
                TransactWriteItem.builder().update(update -> update.tableName(table.name()).key(key(pk, "counter"))
                        .updateExpression("ADD hits :one").expressionAttributeValues(Map.of(":one", n(1)))).build()));
        add.run();
        add.run();
        assertEquals("1", table.read(pk, "counter").get("hits").n());
    }

    @Test
    void queryBySortKeyPrefixAndRange() {
        String pk = uniquePartition("query");
        for (String sk : List.of("line#01", "line#02", "line#03", "line#10", "other#01")) {
            table.put(item(pk, sk));
        }

        assertEquals(List.of("line#01", "line#02", "line#03", "line#10"), sortKeys(client().query(query -> query
                .tableName(table.name()).consistentRead(true)
                .keyConditionExpression("pk = :pk AND begins_with(sk, :prefix)")
                .expressionAttributeValues(Map.of(":pk", s(pk), ":prefix", s("line#"))))));

        assertEquals(List.of("line#02", "line#03", "line#10"), sortKeys(client().query(query -> query
                .tableName(table.name()).consistentRead(true)
                .keyConditionExpression("#pk = :pk AND #sk BETWEEN :from AND :to")
                .expressionAttributeNames(Map.of("#pk", "pk", "#sk", "sk"))
                .expressionAttributeValues(Map.of(":pk", s(pk), ":from", s("line#02"), ":to", s("line#10"))))));
    }

    @Test
    void queryPagesWithLimitAndExclusiveStartKeyInBothDirections() {
        String pk = uniquePartition("pages");
        List<String> ascending = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            String sk = String.format("endpoint#%03d", i);
            table.put(item(pk, sk));
            ascending.add(sk);
        }
        List<String> descending = new ArrayList<>(ascending);
        java.util.Collections.reverse(descending);

        assertEquals(ascending, pageThrough(pk, true, 3));
        assertEquals(descending, pageThrough(pk, false, 3));

        QueryResponse firstPage = client().query(query -> query.tableName(table.name()).consistentRead(true)
                .keyConditionExpression("pk = :pk").expressionAttributeValues(Map.of(":pk", s(pk)))
                .scanIndexForward(false).limit(2));
        assertEquals(descending.subList(0, 2), sortKeys(firstPage));
        assertEquals(key(pk, descending.get(1)), firstPage.lastEvaluatedKey(), "the last key read, as the cursor");
    }

    private List<String> pageThrough(String pk, boolean forward, int pageSize) {
        List<String> seen = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        int pages = 0;
        do {
            QueryRequest.Builder query = QueryRequest.builder().tableName(table.name()).consistentRead(true)
                    .keyConditionExpression("pk = :pk AND begins_with(sk, :prefix)")
                    .expressionAttributeValues(Map.of(":pk", s(pk), ":prefix", s("endpoint#")))
                    .scanIndexForward(forward).limit(pageSize);
            if (start != null) {
                query.exclusiveStartKey(start);
            }
            QueryResponse page = client().query(query.build());
            assertTrue(page.count() <= pageSize, "a page holds at most Limit items");
            seen.addAll(sortKeys(page));
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
            assertTrue(++pages <= 10, "paging does not end");
        } while (start != null);
        return seen;
    }

    @Test
    void consistentReadSeesTheWriteJustMade() {
        String pk = uniquePartition("consistent");
        for (int i = 0; i < 5; i++) {
            long value = i;
            client().updateItem(update -> update.tableName(table.name()).key(key(pk, "a"))
                    .updateExpression("SET v = :v").expressionAttributeValues(Map.of(":v", n(value))));
            assertEquals(Long.toString(value), table.read(pk, "a").get("v").n());
            assertEquals(1, client().query(query -> query.tableName(table.name()).consistentRead(true)
                    .keyConditionExpression("pk = :pk AND sk = :sk").filterExpression("v = :v")
                    .expressionAttributeValues(Map.of(":pk", s(pk), ":sk", s("a"), ":v", n(value)))).count());
        }
    }

    @Test
    void globalIndexFollowsSingleAndTransactionalWrites() {
        String pk = uniquePartition("index");
        String indexKey = uniquePartition("gsi");
        table.put(item(pk, "a", "gsi1pk", s(indexKey), "gsi1sk", s("1")));
        client().transactWriteItems(request -> request.transactItems(
                TransactWriteItem.builder().put(put -> put.tableName(table.name())
                        .item(item(pk, "b", "gsi1pk", s(indexKey), "gsi1sk", s("2")))).build(),
                TransactWriteItem.builder().update(update -> update.tableName(table.name()).key(key(pk, "a"))
                        .updateExpression("SET gsi1sk = :sk").expressionAttributeValues(Map.of(":sk", s("3"))))
                        .build()));
        // Global indexes are eventually consistent in DynamoDB: poll until they agree.
        awaitEquals(List.of("b", "a"), () -> sortKeys(client().query(query -> query.tableName(table.name())
                .indexName(ConformanceTable.INDEX).keyConditionExpression("gsi1pk = :k")
                .expressionAttributeValues(Map.of(":k", s(indexKey))))));

        client().transactWriteItems(request -> request.transactItems(
                TransactWriteItem.builder().delete(delete -> delete.tableName(table.name()).key(key(pk, "b"))).build()));
        awaitEquals(List.of("a"), () -> sortKeys(client().query(query -> query.tableName(table.name())
                .indexName(ConformanceTable.INDEX).keyConditionExpression("gsi1pk = :k")
                .expressionAttributeValues(Map.of(":k", s(indexKey))))));
    }

    @Test
    void timeToLiveSettingIsAcceptedAndDescribed() {
        TestDynamoDb db = TestDynamoDb.get();
        ConformanceTable own = ConformanceTable.create(db.client(), db.uniqueTableName("conformance-ttl"));
        try {
            var specification = client().updateTimeToLive(update -> update.tableName(own.name())
                    .timeToLiveSpecification(ttl -> ttl.enabled(true).attributeName("ttl")))
                    .timeToLiveSpecification();
            assertTrue(specification.enabled());
            assertEquals("ttl", specification.attributeName());

            var description = client().describeTimeToLive(describe -> describe.tableName(own.name()))
                    .timeToLiveDescription();
            assertTrue(Set.of(TimeToLiveStatus.ENABLING, TimeToLiveStatus.ENABLED)
                    .contains(description.timeToLiveStatus()), description.toString());
            assertEquals("ttl", description.attributeName());
        } finally {
            own.delete();
        }
    }

    @Test
    void parallelConditionalTransactionsOnOneItemCommitExactlyOnce() throws Exception {
        String pk = uniquePartition("race");
        List<Callable<List<String>>> attempts = new ArrayList<>();
        for (int i = 0; i < PARALLEL_TRANSACTIONS; i++) {
            int contender = i;
            attempts.add(() -> retryingConflicts(() -> {
                try {
                    client().transactWriteItems(request -> request.transactItems(
                            TransactWriteItem.builder().put(put -> put.tableName(table.name())
                                    .item(item(pk, "side#" + contender))).build(),
                            TransactWriteItem.builder().put(put -> put.tableName(table.name())
                                    .item(item(pk, "winner", "contender", n(contender)))
                                    .conditionExpression("attribute_not_exists(pk)")).build()));
                    return List.<String>of();
                } catch (TransactionCanceledException cancelled) {
                    if (codes(cancelled).contains("TransactionConflict")) {
                        throw cancelled;
                    }
                    return codes(cancelled);
                }
            }));
        }

        List<List<String>> outcomes = runTogether(attempts);

        long committed = outcomes.stream().filter(List::isEmpty).count();
        assertEquals(1, committed, "exactly one transaction commits: " + outcomes);
        outcomes.stream().filter(outcome -> !outcome.isEmpty()).forEach(reasons ->
                assertEquals(List.of("None", "ConditionalCheckFailed"), reasons, "reasons of a loser"));
        String winner = table.read(pk, "winner").get("contender").n();
        assertFalse(table.read(pk, "side#" + winner).isEmpty(), "the winner's other write is there");
        List<AttributeValue> sides = client().query(query -> query.tableName(table.name()).consistentRead(true)
                .keyConditionExpression("pk = :pk AND begins_with(sk, :side)")
                .expressionAttributeValues(Map.of(":pk", s(pk), ":side", s("side#")))).items().stream()
                .map(found -> found.get("sk")).toList();
        assertEquals(1, sides.size(), "no loser's other write is there: " + sides);
    }

    @Test
    void parallelAddsEachSeeADistinctValue() throws Exception {
        String pk = uniquePartition("adds");
        List<Callable<Long>> adds = new ArrayList<>();
        for (int i = 0; i < PARALLEL_ADDS; i++) {
            adds.add(() -> Long.parseLong(client().updateItem(update -> update.tableName(table.name())
                    .key(key(pk, "counter")).updateExpression("ADD lineId :one")
                    .expressionAttributeValues(Map.of(":one", n(1))).returnValues(ReturnValue.UPDATED_NEW))
                    .attributes().get("lineId").n()));
        }

        List<Long> values = runTogether(adds);

        Set<Long> distinct = new HashSet<>(values);
        assertEquals(PARALLEL_ADDS, distinct.size(), "every add saw its own value: " + values);
        for (long expected = 1; expected <= PARALLEL_ADDS; expected++) {
            assertTrue(distinct.contains(expected), "missing " + expected + " in " + values);
        }
    }

    @Test
    void parallelTransactionsAndSingleWritesOnOneItemLoseNoUpdate() throws Exception {
        String pk = uniquePartition("mixed");
        List<Callable<Boolean>> writers = new ArrayList<>();
        for (int i = 0; i < PARALLEL_TRANSACTIONS; i++) {
            writers.add(() -> retryingConflicts(() -> {
                client().transactWriteItems(request -> request.transactItems(
                        TransactWriteItem.builder().update(update -> update.tableName(table.name())
                                .key(key(pk, "counter")).updateExpression("ADD hits :one")
                                .expressionAttributeValues(Map.of(":one", n(1)))).build()));
                return true;
            }));
            writers.add(() -> retryingConflicts(() -> {
                client().updateItem(update -> update.tableName(table.name()).key(key(pk, "counter"))
                        .updateExpression("ADD hits :one").expressionAttributeValues(Map.of(":one", n(1))));
                return true;
            }));
        }

        runTogether(writers);

        assertEquals(Long.toString(2L * PARALLEL_TRANSACTIONS), table.read(pk, "counter").get("hits").n());
    }

    /**
     * DynamoDB may cancel a transaction (TransactionConflict) or refuse a single write (TransactionConflictException)
     * that meets another transaction on the same item; the stores retry those, and so does the suite.
     */
    private static <T> T retryingConflicts(Callable<T> call) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.call();
            } catch (TransactionConflictException | TransactionCanceledException conflict) {
                if (conflict instanceof TransactionCanceledException cancelled
                        && !codes(cancelled).contains("TransactionConflict") || attempt >= 30) {
                    throw conflict;
                }
                Thread.sleep(ThreadLocalRandom.current().nextLong(5, 50));
            }
        }
    }

    /** Starts all calls at once (a latch), so they really overlap. */
    private static <T> List<T> runTogether(List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> codes(TransactionCanceledException cancelled) {
        return cancelled.cancellationReasons().stream().map(CancellationReason::code).toList();
    }

    private static List<String> sortKeys(QueryResponse response) {
        return response.items().stream().map(found -> found.get("sk").s()).toList();
    }

    private static <T> void awaitEquals(T expected, Supplier<T> actual) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        T last = actual.get();
        while (!expected.equals(last) && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            last = actual.get();
        }
        assertEquals(expected, last);
    }
}
