package com.telephony.store.dynamodb;

import com.telephony.domain.limits.Admission;
import com.telephony.domain.limits.LeakyBucket;
import com.telephony.domain.limits.LimitPolicy;
import com.telephony.domain.limits.OperatingWindow;
import com.telephony.domain.limits.PendingCharges;
import com.telephony.domain.limits.QueryLimitExceeded;
import com.telephony.domain.limits.RequestLimiter;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bitrix24's per-portal limits on one item per portal ({@code LIMIT#portal}), so every container of every function
 * agrees (docs/limits.md):
 * <ul>
 *   <li>{@code tat}: the leaky bucket as a theoretical arrival time (epoch ms, {@link LeakyBucket}). A request is
 *   one conditional {@code UpdateItem} that moves it and returns the whole item, so admission and reading the
 *   operating load are the same round trip. Two expressions cover the two cases (bucket idle: set it; bucket busy:
 *   add one interval), because an update expression has no {@code max}; the container remembers which case the
 *   portal was in, and a wrong guess costs a second attempt. A refused request changes nothing.</li>
 *   <li>{@code op:<method>:<minute>}: execution time in microseconds per method and one-minute bucket, added with
 *   {@code ADD}, which commutes, so concurrent containers never lose time; {@code of:<method>:<minute>}: when the
 *   bucket's first request started ({@code if_not_exists}), since a bucket counts for ten minutes from it.</li>
 * </ul>
 * A call's time is not written after the call: {@link #settle} keeps it pending in this container, and the next
 * admission carries it. The same portal's pending time goes into the admission's own {@code UpdateItem} (its
 * {@code ALL_NEW} item then already counts it: no extra request); other portals' pending time goes in one
 * unconditional {@code UpdateItem} each, sent in parallel with the admission and awaited before it returns, so the
 * call waits one round trip and nothing is in flight when Lambda freezes the container. Pending charges leave the
 * container only with a write that succeeded: a refused or failed admission puts its portal's back. Buckets seen
 * expired are removed by the write that carries the portal's next charges.
 */
public final class DynamoDbRequestLimiter implements RequestLimiter {
    static final String TAT = "tat";
    private static final String OPERATING_PREFIX = "op:";
    private static final String FIRST_CALL_PREFIX = "of:";
    /** The item outlives the longest window by far; an idle portal's item then disappears. */
    private static final Duration RETENTION = Duration.ofDays(1);
    /** Each miss means the bucket changed case between two of our writes; more than a few is not plausible. */
    private static final int MAX_ATTEMPTS = 5;
    /**
     * Other portals' flushes run on virtual threads: blocking the sync client's calls there costs no platform thread,
     * and an idle executor holds nothing while the container is frozen.
     */
    private static final ExecutorService FLUSHES =
            Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("limits-flush-", 0).factory());

    private final DynamoDbClient client;
    private final String table;
    private final LimitPolicy policy;
    private final LeakyBucket bucket;
    /** Last TAT seen per portal in this container: picks the expression most likely to match first. */
    private final Map<String, Long> lastSeen = new ConcurrentHashMap<>();
    private final PendingCharges pending = new PendingCharges();

    public DynamoDbRequestLimiter(DynamoDbClient client, TelephonyTable table, LimitPolicy policy) {
        this.client = client;
        this.table = table.name();
        this.policy = policy;
        this.bucket = new LeakyBucket(policy);
    }

    public LimitPolicy policy() {
        return policy;
    }

    @Override
    public Admission admit(String portalId, Instant now) {
        // Plain loops and conditionals on this path, which every Bitrix24 call takes: each lambda here would be a
        // class spun on a restored SnapStart snapshot's first call (docs/performance.md, "SnapStart priming").
        Optional<PendingCharges.Portal> own = pending.take(portalId, now);
        List<PendingCharges.Portal> others = pending.takeAll(now);
        List<CompletableFuture<String>> flushes = new ArrayList<>(others.size());
        for (PendingCharges.Portal charges : others) {
            flushes.add(CompletableFuture.supplyAsync(() -> flush(charges, now), FLUSHES));
        }
        Map<String, AttributeValue> item;
        List<String> faults = new ArrayList<>();
        try {
            item = admitCarrying(portalId, now, own.isPresent() ? Charges.of(own.get()) : Charges.NONE);
        } catch (RuntimeException refusedOrFailed) {
            // Not written: the portal's charges wait for the next admission (a refusal writes nothing at all).
            if (own.isPresent()) {
                pending.putBack(own.get());
            }
            throw refusedOrFailed;
        } finally {
            // join() does not throw here: flush() reports its failure as a value. Awaited even when the admission
            // failed, so no write outlives the call.
            for (CompletableFuture<String> flush : flushes) {
                String fault = flush.join();
                if (fault != null) {
                    faults.add(fault);
                }
            }
        }
        return new Admission(portalId, policy, loadOf(item), now, faults);
    }

    @Override
    public void settle(Admission admission, Instant now) {
        pending.add(admission, now);
    }

    private Map<String, AttributeValue> admitCarrying(String portalId, Instant now, Charges charges) {
        long nowMillis = now.toEpochMilli();
        boolean busy = lastSeen.getOrDefault(portalId, Long.MIN_VALUE) > nowMillis;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            try {
                Map<String, AttributeValue> item = client.updateItem(busy
                        ? whileBusy(portalId, now, charges) : whenIdle(portalId, now, charges)).attributes();
                lastSeen.put(portalId, tatOf(item));
                return item;
            } catch (ConditionalCheckFailedException missed) {
                Map<String, AttributeValue> current = missed.hasItem() ? missed.item() : read(portalId);
                long tat = tatOf(current);
                lastSeen.put(portalId, tat);
                if (bucket.fullAt(tat, nowMillis)) {
                    throw new QueryLimitExceeded();
                }
                busy = !bucket.idleAt(tat, nowMillis);
            }
        }
        // Only reachable when other containers flip the bucket between idle and busy on every attempt.
        throw new QueryLimitExceeded();
    }

    /**
     * Another portal's pending charges, in one unconditional write. A failure puts them back and is returned (a
     * value, not an exception: the request being admitted is another portal's and is not refused for it).
     */
    private String flush(PendingCharges.Portal charges, Instant now) {
        Charges carried = Charges.of(charges);
        Map<String, String> names = new HashMap<>(carried.names);
        Map<String, AttributeValue> values = new HashMap<>(carried.values);
        names.put("#ttl", TableLayout.TTL_ATTRIBUTE);
        values.put(":ttl", number(now.plus(RETENTION).getEpochSecond()));
        try {
            client.updateItem(UpdateItemRequest.builder().tableName(table).key(key(charges.portalId()))
                    .updateExpression(carried.expression("SET #ttl = :ttl"))
                    .expressionAttributeNames(names).expressionAttributeValues(values).build());
            return null;
        } catch (RuntimeException failed) {
            pending.putBack(charges);
            return "could not store pending operating time of another portal: " + failed;
        }
    }

    /**
     * One portal's pending charges as update-expression clauses: {@code ADD} of the time, {@code if_not_exists} of
     * each bucket's first request, {@code REMOVE} of the buckets seen expired. Placeholders are {@code #a/#f/#r} and
     * {@code :a/:f}, apart from the admission's own.
     */
    private record Charges(List<String> sets, List<String> adds, List<String> removes, Map<String, String> names,
                           Map<String, AttributeValue> values) {
        static final Charges NONE = new Charges(List.of(), List.of(), List.of(), Map.of(), Map.of());

        static Charges of(PendingCharges.Portal portal) {
            List<String> sets = new ArrayList<>();
            List<String> adds = new ArrayList<>();
            List<String> removes = new ArrayList<>();
            Map<String, String> names = new HashMap<>();
            Map<String, AttributeValue> values = new HashMap<>();
            for (Map.Entry<PendingCharges.Key, OperatingWindow.Bucket> charge : portal.charges().entrySet()) {
                PendingCharges.Key bucketKey = charge.getKey();
                OperatingWindow.Bucket charged = charge.getValue();
                int i = adds.size();
                names.put("#a" + i, attribute(bucketKey.method(), bucketKey.minute()));
                names.put("#f" + i, firstCallAttribute(bucketKey.method(), bucketKey.minute()));
                values.put(":a" + i, number(charged.micros()));
                values.put(":f" + i, number(charged.firstCall()));
                adds.add("#a" + i + " :a" + i);
                sets.add("#f" + i + " = if_not_exists(#f" + i + ", :f" + i + ")");
            }
            for (PendingCharges.Key expired : portal.expired()) {
                int i = removes.size();
                names.put("#r" + i, attribute(expired.method(), expired.minute()));
                names.put("#s" + i, firstCallAttribute(expired.method(), expired.minute()));
                removes.add("#r" + i);
                removes.add("#s" + i);
            }
            return new Charges(sets, adds, removes, names, values);
        }

        /** The whole expression, after the caller's own {@code SET} clause (which has at least one action). */
        String expression(String set) {
            return (sets.isEmpty() ? set : set + ", " + String.join(", ", sets))
                    + (adds.isEmpty() ? "" : " ADD " + String.join(", ", adds))
                    + (removes.isEmpty() ? "" : " REMOVE " + String.join(", ", removes));
        }
    }

    /** The bucket is empty: this request starts it at {@code now + interval}. */
    private UpdateItemRequest whenIdle(String portalId, Instant now, Charges charges) {
        long nowMillis = now.toEpochMilli();
        return update(portalId, now, charges, "SET #tat = :next, #ttl = :ttl",
                "attribute_not_exists(#tat) OR #tat <= :now",
                Map.of(":next", number(bucket.admit(nowMillis, nowMillis)), ":now", number(nowMillis)));
    }

    /** The bucket holds requests but has room: this one adds an interval (server-side, so concurrent adds sum). */
    private UpdateItemRequest whileBusy(String portalId, Instant now, Charges charges) {
        long nowMillis = now.toEpochMilli();
        return update(portalId, now, charges, "SET #tat = #tat + :interval, #ttl = :ttl",
                "#tat > :now AND #tat <= :full",
                Map.of(":interval", number(bucket.intervalMillis()), ":now", number(nowMillis),
                        ":full", number(bucket.fullAbove(nowMillis))));
    }

    /** The admission's write, carrying the portal's pending charges (the condition is on {@code tat} only). */
    private UpdateItemRequest update(String portalId, Instant now, Charges charges, String set, String condition,
                                     Map<String, AttributeValue> values) {
        Map<String, AttributeValue> all = new HashMap<>(values);
        all.putAll(charges.values());
        all.put(":ttl", number(now.plus(RETENTION).getEpochSecond()));
        Map<String, String> names = new HashMap<>(charges.names());
        names.put("#tat", TAT);
        names.put("#ttl", TableLayout.TTL_ATTRIBUTE);
        return UpdateItemRequest.builder().tableName(table).key(key(portalId))
                .updateExpression(charges.expression(set)).conditionExpression(condition)
                .expressionAttributeNames(names)
                .expressionAttributeValues(all)
                .returnValues(ReturnValue.ALL_NEW)
                // Engines that return the item on a failed condition save the read below.
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
                .build();
    }

    private Map<String, AttributeValue> read(String portalId) {
        Map<String, AttributeValue> item = Reads.item(client, table, Keys.limits(portalId), Keys.LIMITS_SK);
        return item == null ? Map.of() : item;
    }

    private static Map<String, AttributeValue> key(String portalId) {
        return Attributes.key(Keys.limits(portalId), Keys.LIMITS_SK);
    }

    private static long tatOf(Map<String, AttributeValue> item) {
        AttributeValue tat = item == null ? null : item.get(TAT);
        return tat == null || tat.n() == null ? Long.MIN_VALUE : Long.parseLong(tat.n());
    }

    static String attribute(String methodKey, long minute) {
        return OPERATING_PREFIX + methodKey + ":" + minute;
    }

    /** When the bucket's first request started (epoch seconds): the bucket counts until 600 s after it. */
    static String firstCallAttribute(String methodKey, long minute) {
        return FIRST_CALL_PREFIX + methodKey + ":" + minute;
    }

    static Map<String, OperatingWindow> loadOf(Map<String, AttributeValue> item) {
        Map<String, TreeMap<Long, OperatingWindow.Bucket>> byMethod = new HashMap<>();
        for (Map.Entry<String, AttributeValue> attribute : item.entrySet()) {
            String name = attribute.getKey();
            AttributeValue value = attribute.getValue();
            int split = name.lastIndexOf(':');
            if (name.startsWith(OPERATING_PREFIX) && split > OPERATING_PREFIX.length() && value.n() != null) {
                String method = name.substring(OPERATING_PREFIX.length(), split);
                long minute = Long.parseLong(name.substring(split + 1));
                AttributeValue first = item.get(firstCallAttribute(method, minute));
                long firstCall = first == null || first.n() == null ? minute : Long.parseLong(first.n());
                TreeMap<Long, OperatingWindow.Bucket> buckets = byMethod.get(method);
                if (buckets == null) {
                    buckets = new TreeMap<>();
                    byMethod.put(method, buckets);
                }
                buckets.put(minute, new OperatingWindow.Bucket(Long.parseLong(value.n()), firstCall));
            }
        }
        Map<String, OperatingWindow> load = new HashMap<>();
        for (Map.Entry<String, TreeMap<Long, OperatingWindow.Bucket>> method : byMethod.entrySet()) {
            load.put(method.getKey(), new OperatingWindow(method.getValue()));
        }
        return load;
    }

    private static AttributeValue number(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
