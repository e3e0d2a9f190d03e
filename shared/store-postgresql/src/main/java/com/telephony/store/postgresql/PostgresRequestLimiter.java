package com.telephony.store.postgresql;

import com.telephony.domain.limits.Admission;
import com.telephony.domain.limits.LeakyBucket;
import com.telephony.domain.limits.LimitPolicy;
import com.telephony.domain.limits.OperatingWindow;
import com.telephony.domain.limits.PendingCharges;
import com.telephony.domain.limits.QueryLimitExceeded;
import com.telephony.domain.limits.RequestLimiter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Bitrix24's per-portal limits in two tables (docs/limits.md, docs/postgresql.md), with the semantics of the
 * DynamoDB limiter:
 * <ul>
 *   <li>{@code request_bucket}: the leaky bucket as a theoretical arrival time ({@link LeakyBucket}), moved by an
 *   upsert whose update is conditional on the bucket having room; it locks the row, so concurrent requests from any
 *   container are decided one after the other on the latest TAT. A refused request changes no TAT.</li>
 *   <li>{@code operating_time}: execution time per method and one-minute bucket, added in place (commutes, so
 *   nothing is lost under concurrency).</li>
 * </ul>
 * {@link #settle} keeps a call's time pending in this container; each admission is <em>one</em> statement, run on
 * its own (one round trip), that stores every pending charge of this container (all portals: one statement can),
 * deletes the admitted portal's expired buckets, moves its bucket and returns its load, the stored charges included.
 * The charges are stored whether or not the bucket admits the request; only a failed statement puts them back.
 */
public final class PostgresRequestLimiter implements RequestLimiter {
    /*
     * Lock order, so that two containers' admissions never deadlock: the charged operating rows first, in key order
     * (ORDER BY), then the bucket row (its insert reads the charged rows, so it runs after them); the clean-up of
     * expired rows skips rows locked by others and runs last (a CTE nothing reads runs after the main query).
     * Statements in one WITH see one snapshot, so the load is the charged rows as RETURNING gives them plus the
     * other rows as read.
     */
    private static final String ADMIT = """
            WITH charge AS (
                SELECT * FROM unnest(?::text[], ?::text[], ?::bigint[], ?::bigint[], ?::bigint[])
                    AS c(portal_id, method, minute, micros, first_call)
            ), charged AS (
                INSERT INTO operating_time AS t (portal_id, method, minute, micros, first_call)
                SELECT portal_id, method, minute, micros, first_call FROM charge ORDER BY portal_id, method, minute
                ON CONFLICT (portal_id, method, minute) DO UPDATE SET micros = t.micros + excluded.micros
                RETURNING t.portal_id, t.method, t.minute, t.micros, t.first_call
            ), expired AS (
                DELETE FROM operating_time WHERE ctid IN (
                    SELECT o.ctid FROM operating_time o
                    WHERE o.portal_id = ? AND o.first_call + ? <= ?
                      AND NOT EXISTS (SELECT 1 FROM charge c
                                      WHERE c.portal_id = o.portal_id AND c.method = o.method AND c.minute = o.minute)
                    FOR UPDATE SKIP LOCKED)
            ), admitted AS (
                INSERT INTO request_bucket AS b (portal_id, tat)
                SELECT ?, ? WHERE (SELECT count(*) FROM charged) >= 0
                ON CONFLICT (portal_id) DO UPDATE SET tat = greatest(b.tat, ?) + ?
                WHERE b.tat <= ?
                RETURNING tat
            )
            SELECT NULL::text, NULL::bigint, tat, NULL::bigint FROM admitted
            UNION ALL
            SELECT method, minute, micros, first_call FROM charged WHERE portal_id = ?
            UNION ALL
            SELECT o.method, o.minute, o.micros, o.first_call FROM operating_time o
            WHERE o.portal_id = ? AND o.first_call + ? > ?
              AND NOT EXISTS (SELECT 1 FROM charge c
                              WHERE c.portal_id = o.portal_id AND c.method = o.method AND c.minute = o.minute)""";

    private final Database database;
    private final LimitPolicy policy;
    private final LeakyBucket bucket;
    private final PendingCharges pending = new PendingCharges();

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
        List<PendingCharges.Portal> carried = pending.takeAll(now);
        Map<String, OperatingWindow> load;
        try {
            load = database.statement(connection -> admit(connection, portalId, now, carried));
        } catch (RuntimeException failed) {
            carried.forEach(pending::putBack); // the statement is atomic: none of them was stored
            throw failed;
        }
        if (load == null) {
            throw new QueryLimitExceeded(); // the pending charges were stored all the same
        }
        return new Admission(portalId, policy, load, now);
    }

    @Override
    public void settle(Admission admission, Instant now) {
        pending.add(admission, now);
    }

    /** The load of the portal, or {@code null} when its bucket is full. */
    private Map<String, OperatingWindow> admit(Connection connection, String portalId, Instant now,
                                               List<PendingCharges.Portal> carried) throws SQLException {
        List<String> portals = new ArrayList<>();
        List<String> methods = new ArrayList<>();
        List<Long> minutes = new ArrayList<>();
        List<Long> micros = new ArrayList<>();
        List<Long> firstCalls = new ArrayList<>();
        for (PendingCharges.Portal portal : carried) {
            portal.charges().forEach((key, charged) -> {
                portals.add(portal.portalId());
                methods.add(key.method());
                minutes.add(key.minute());
                micros.add(charged.micros());
                firstCalls.add(charged.firstCall());
            });
        }
        long nowMillis = now.toEpochMilli();
        long nowSeconds = now.getEpochSecond();
        long window = LimitPolicy.OPERATING_WINDOW.toSeconds();
        try (PreparedStatement statement = connection.prepareStatement(ADMIT)) {
            int i = 0;
            statement.setArray(++i, connection.createArrayOf("text", portals.toArray(String[]::new)));
            statement.setArray(++i, connection.createArrayOf("text", methods.toArray(String[]::new)));
            statement.setArray(++i, connection.createArrayOf("int8", minutes.toArray(Long[]::new)));
            statement.setArray(++i, connection.createArrayOf("int8", micros.toArray(Long[]::new)));
            statement.setArray(++i, connection.createArrayOf("int8", firstCalls.toArray(Long[]::new)));
            statement.setString(++i, portalId); // expired
            statement.setLong(++i, window);
            statement.setLong(++i, nowSeconds);
            statement.setString(++i, portalId); // admitted
            statement.setLong(++i, bucket.admit(nowMillis, nowMillis));
            statement.setLong(++i, nowMillis);
            statement.setLong(++i, bucket.intervalMillis());
            statement.setLong(++i, bucket.fullAbove(nowMillis));
            statement.setString(++i, portalId); // charged rows of the portal
            statement.setString(++i, portalId); // its other rows
            statement.setLong(++i, window);
            statement.setLong(++i, nowSeconds);
            boolean admitted = false;
            Map<String, TreeMap<Long, OperatingWindow.Bucket>> byMethod = new HashMap<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    String method = row.getString(1);
                    if (method == null) {
                        admitted = true;
                    } else {
                        byMethod.computeIfAbsent(method, m -> new TreeMap<>())
                                .put(row.getLong(2), new OperatingWindow.Bucket(row.getLong(3), row.getLong(4)));
                    }
                }
            }
            if (!admitted) {
                return null;
            }
            Map<String, OperatingWindow> load = new HashMap<>();
            byMethod.forEach((method, buckets) -> load.put(method, new OperatingWindow(buckets)));
            return load;
        }
    }
}
