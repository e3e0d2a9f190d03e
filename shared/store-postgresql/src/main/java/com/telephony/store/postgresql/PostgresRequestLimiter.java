package com.telephony.store.postgresql;

import com.telephony.domain.limits.Admission;
import com.telephony.domain.limits.LeakyBucket;
import com.telephony.domain.limits.LimitPolicy;
import com.telephony.domain.limits.OperatingWindow;
import com.telephony.domain.limits.QueryLimitExceeded;
import com.telephony.domain.limits.RequestLimiter;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Bitrix24's per-portal limits in two tables (docs/limits.md, docs/postgresql.md), with the semantics of the
 * DynamoDB limiter:
 * <ul>
 *   <li>{@code request_bucket}: the leaky bucket as a theoretical arrival time ({@link LeakyBucket}). Admission is
 *   one upsert whose update is conditional on the bucket having room and which returns the new TAT; the upsert
 *   locks the row, so concurrent requests from any container are decided one after the other on the latest TAT.
 *   A refused request changes nothing. The operating load is read in the same transaction.</li>
 *   <li>{@code operating_time}: execution time per method and one-minute bucket, added in place by {@link #settle}
 *   (commutes, so nothing is lost under concurrency); buckets expired at {@code now} are deleted in the same
 *   transaction.</li>
 * </ul>
 */
public final class PostgresRequestLimiter implements RequestLimiter {
    private final Database database;
    private final LimitPolicy policy;
    private final LeakyBucket bucket;

    PostgresRequestLimiter(Database database, LimitPolicy policy) {
        this.database = database;
        this.policy = policy;
        this.bucket = new LeakyBucket(policy);
    }

    public LimitPolicy policy() {
        return policy;
    }

    @Override
    public Admission admit(String portalId, Instant now) {
        long nowMillis = now.toEpochMilli();
        Map<String, OperatingWindow> load = database.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    INSERT INTO request_bucket AS b (portal_id, tat) VALUES (?, ?)
                    ON CONFLICT (portal_id) DO UPDATE SET tat = greatest(b.tat, ?) + ?
                    WHERE b.tat <= ?
                    RETURNING tat""")) {
                statement.setString(1, portalId);
                statement.setLong(2, bucket.admit(nowMillis, nowMillis));
                statement.setLong(3, nowMillis);
                statement.setLong(4, bucket.intervalMillis());
                statement.setLong(5, bucket.fullAbove(nowMillis));
                try (ResultSet row = statement.executeQuery()) {
                    if (!row.next()) {
                        return null; // full: the row is unchanged, the transaction commits nothing
                    }
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT method, minute, micros, first_call FROM operating_time WHERE portal_id = ?")) {
                statement.setString(1, portalId);
                try (ResultSet row = statement.executeQuery()) {
                    Map<String, TreeMap<Long, OperatingWindow.Bucket>> byMethod = new HashMap<>();
                    while (row.next()) {
                        byMethod.computeIfAbsent(row.getString(1), m -> new TreeMap<>())
                                .put(row.getLong(2), new OperatingWindow.Bucket(row.getLong(3), row.getLong(4)));
                    }
                    Map<String, OperatingWindow> windows = new HashMap<>();
                    byMethod.forEach((method, buckets) -> windows.put(method, new OperatingWindow(buckets)));
                    return windows;
                }
            }
        });
        if (load == null) {
            throw new QueryLimitExceeded();
        }
        return new Admission(portalId, policy, load, now);
    }

    @Override
    public void settle(Admission admission, Instant now) {
        Map<String, Duration> charges = admission.charges();
        if (charges.isEmpty()) {
            return;
        }
        long minute = OperatingWindow.minuteOf(admission.admittedAt());
        long firstCall = admission.admittedAt().getEpochSecond();
        database.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    INSERT INTO operating_time AS t (portal_id, method, minute, micros, first_call)
                    VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (portal_id, method, minute) DO UPDATE SET micros = t.micros + excluded.micros""")) {
                for (Map.Entry<String, Duration> charge : charges.entrySet()) {
                    statement.setString(1, admission.portalId());
                    statement.setString(2, charge.getKey());
                    statement.setLong(3, minute);
                    statement.setLong(4, Math.max(1, charge.getValue().toNanos() / 1000));
                    statement.setLong(5, firstCall);
                    statement.addBatch();
                }
                statement.executeBatch();
            }
            // A bucket counts until ten minutes after its first request; past that it never counts again.
            try (PreparedStatement statement = connection.prepareStatement(
                    "DELETE FROM operating_time WHERE portal_id = ? AND first_call + ? <= ?")) {
                statement.setString(1, admission.portalId());
                statement.setLong(2, LimitPolicy.OPERATING_WINDOW.toSeconds());
                statement.setLong(3, now.getEpochSecond());
                return statement.executeUpdate();
            }
        });
    }
}
