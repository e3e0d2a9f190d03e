package com.telephony.store.dynamodb;

import com.telephony.domain.limits.Admission;
import com.telephony.domain.limits.LeakyBucket;
import com.telephony.domain.limits.LimitPolicy;
import com.telephony.domain.limits.OperatingWindow;
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
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bitrix24's per-portal limits on one item per portal ({@code LIMIT#portal}), so every container of every function
 * agrees (docs/limits.md):
 * <ul>
 *   <li>{@code tat}: the leaky bucket as a theoretical arrival time (epoch ms, {@link LeakyBucket}). A request is
 *   one conditional {@code UpdateItem} that moves it and returns the whole item, so admission and reading the
 *   operating load are the same round trip. Two expressions cover the two cases (bucket idle: set it; bucket busy:
 *   add one interval), because an update expression has no {@code max}; the container remembers which case the
 *   portal was in, and a wrong guess costs a second attempt. A refused request changes nothing.</li>
 *   <li>{@code op:<method>:<minute>}: execution time in microseconds per method and one-minute bucket, added after
 *   the request ({@link #settle}) with {@code ADD}, which commutes, so concurrent containers never lose time;
 *   {@code of:<method>:<minute>}: when the bucket's first request started ({@code if_not_exists}), since a bucket
 *   counts for ten minutes from it. Buckets seen expired at admission are removed in the same write.</li>
 * </ul>
 */
public final class DynamoDbRequestLimiter implements RequestLimiter {
    static final String TAT = "tat";
    private static final String OPERATING_PREFIX = "op:";
    private static final String FIRST_CALL_PREFIX = "of:";
    /** The item outlives the longest window by far; an idle portal's item then disappears. */
    private static final Duration RETENTION = Duration.ofDays(1);
    /** Each miss means the bucket changed case between two of our writes; more than a few is not plausible. */
    private static final int MAX_ATTEMPTS = 5;

    private final DynamoDbClient client;
    private final String table;
    private final LimitPolicy policy;
    private final LeakyBucket bucket;
    /** Last TAT seen per portal in this container: picks the expression most likely to match first. */
    private final Map<String, Long> lastSeen = new ConcurrentHashMap<>();

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
        long nowMillis = now.toEpochMilli();
        boolean busy = lastSeen.getOrDefault(portalId, Long.MIN_VALUE) > nowMillis;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            try {
                Map<String, AttributeValue> item = client.updateItem(busy
                        ? whileBusy(portalId, now) : whenIdle(portalId, now)).attributes();
                lastSeen.put(portalId, tatOf(item));
                return new Admission(portalId, policy, loadOf(item), now);
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

    @Override
    public void settle(Admission admission, Instant now) {
        Map<String, Duration> charges = admission.charges();
        if (charges.isEmpty()) {
            return;
        }
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        List<String> adds = new ArrayList<>();
        List<String> sets = new ArrayList<>();
        long minute = OperatingWindow.minuteOf(admission.admittedAt());
        values.put(":first", AttributeValue.fromN(Long.toString(admission.admittedAt().getEpochSecond())));
        for (Map.Entry<String, Duration> charge : charges.entrySet()) {
            int i = adds.size();
            names.put("#a" + i, attribute(charge.getKey(), minute));
            names.put("#f" + i, firstCallAttribute(charge.getKey(), minute));
            values.put(":a" + i, AttributeValue.fromN(Long.toString(Math.max(1, charge.getValue().toNanos() / 1000))));
            adds.add("#a" + i + " :a" + i);
            sets.add("#f" + i + " = if_not_exists(#f" + i + ", :first)");
        }
        List<String> removes = new ArrayList<>();
        admission.admittedLoad().forEach((method, window) -> window.expiredAt(now).forEach(expired -> {
            int i = removes.size() / 2;
            names.put("#r" + i, attribute(method, expired));
            names.put("#s" + i, firstCallAttribute(method, expired));
            removes.add("#r" + i);
            removes.add("#s" + i);
        }));
        names.put("#ttl", TableLayout.TTL_ATTRIBUTE);
        values.put(":ttl", AttributeValue.fromN(Long.toString(now.plus(RETENTION).getEpochSecond())));
        String expression = "SET #ttl = :ttl, " + String.join(", ", sets) + " ADD " + String.join(", ", adds)
                + (removes.isEmpty() ? "" : " REMOVE " + String.join(", ", removes));
        client.updateItem(UpdateItemRequest.builder().tableName(table).key(key(admission.portalId()))
                .updateExpression(expression).expressionAttributeNames(names).expressionAttributeValues(values)
                .build());
    }

    /** The bucket is empty: this request starts it at {@code now + interval}. */
    private UpdateItemRequest whenIdle(String portalId, Instant now) {
        long nowMillis = now.toEpochMilli();
        return update(portalId, now, "SET #tat = :next, #ttl = :ttl",
                "attribute_not_exists(#tat) OR #tat <= :now",
                Map.of(":next", number(bucket.admit(nowMillis, nowMillis)), ":now", number(nowMillis)));
    }

    /** The bucket holds requests but has room: this one adds an interval (server-side, so concurrent adds sum). */
    private UpdateItemRequest whileBusy(String portalId, Instant now) {
        long nowMillis = now.toEpochMilli();
        return update(portalId, now, "SET #tat = #tat + :interval, #ttl = :ttl",
                "#tat > :now AND #tat <= :full",
                Map.of(":interval", number(bucket.intervalMillis()), ":now", number(nowMillis),
                        ":full", number(bucket.fullAbove(nowMillis))));
    }

    private UpdateItemRequest update(String portalId, Instant now, String expression, String condition,
                                     Map<String, AttributeValue> values) {
        Map<String, AttributeValue> all = new HashMap<>(values);
        all.put(":ttl", number(now.plus(RETENTION).getEpochSecond()));
        return UpdateItemRequest.builder().tableName(table).key(key(portalId))
                .updateExpression(expression).conditionExpression(condition)
                .expressionAttributeNames(Map.of("#tat", TAT, "#ttl", TableLayout.TTL_ATTRIBUTE))
                .expressionAttributeValues(all)
                .returnValues(ReturnValue.ALL_NEW)
                // Engines that return the item on a failed condition save the read below.
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
                .build();
    }

    private Map<String, AttributeValue> read(String portalId) {
        Map<String, AttributeValue> item = client.getItem(request -> request.tableName(table).key(key(portalId))
                .consistentRead(true)).item();
        return item == null ? Map.of() : item;
    }

    private static Map<String, AttributeValue> key(String portalId) {
        return Map.of(TableLayout.PARTITION_KEY, AttributeValue.fromS(Keys.limits(portalId)),
                TableLayout.SORT_KEY, AttributeValue.fromS(Keys.LIMITS_SK));
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
        item.forEach((name, value) -> {
            int split = name.lastIndexOf(':');
            if (name.startsWith(OPERATING_PREFIX) && split > OPERATING_PREFIX.length() && value.n() != null) {
                String method = name.substring(OPERATING_PREFIX.length(), split);
                long minute = Long.parseLong(name.substring(split + 1));
                AttributeValue first = item.get(firstCallAttribute(method, minute));
                long firstCall = first == null || first.n() == null ? minute : Long.parseLong(first.n());
                byMethod.computeIfAbsent(method, m -> new TreeMap<>())
                        .put(minute, new OperatingWindow.Bucket(Long.parseLong(value.n()), firstCall));
            }
        });
        Map<String, OperatingWindow> load = new HashMap<>();
        byMethod.forEach((method, buckets) -> load.put(method, new OperatingWindow(buckets)));
        return load;
    }

    private static AttributeValue number(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
