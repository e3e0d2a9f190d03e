package com.telephony.store.memory;

import com.telephony.domain.limits.Admission;
import com.telephony.domain.limits.LeakyBucket;
import com.telephony.domain.limits.LimitPolicy;
import com.telephony.domain.limits.OperatingWindow;
import com.telephony.domain.limits.PendingCharges;
import com.telephony.domain.limits.QueryLimitExceeded;
import com.telephony.domain.limits.RequestLimiter;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The per-portal limits in memory (docs/limits.md), with the domain's leaky bucket and operating windows: one state
 * per portal, changed under its lock, so concurrent callers agree as they do on the DynamoDB item. Limiters made with
 * {@link #sharing} see one state, as Lambda containers see one table, and each keeps its own pending charges, as each
 * container does: {@link #settle} only records them, and the limiter's next admission applies them all before it
 * decides (a refused admission included, as PostgreSQL's single statement does), so another limiter sees them only
 * after that, exactly the lag the stores have.
 */
public final class InMemoryRequestLimiter implements RequestLimiter {
    private final LimitPolicy policy;
    private final LeakyBucket bucket;
    private final Map<String, PortalState> portals;
    private final PendingCharges pending = new PendingCharges();

    public InMemoryRequestLimiter(LimitPolicy policy) {
        this(policy, new ConcurrentHashMap<>());
    }

    private InMemoryRequestLimiter(LimitPolicy policy, Map<String, PortalState> portals) {
        this.policy = policy;
        this.bucket = new LeakyBucket(policy);
        this.portals = portals;
    }

    /** Another limiter (another "container") over the same state. */
    public InMemoryRequestLimiter sharing() {
        return new InMemoryRequestLimiter(policy, portals);
    }

    @Override
    public Admission admit(String portalId, Instant now) {
        // Memory does not fail, so what is taken is applied: nothing to put back.
        pending.takeAll(now).forEach(this::apply);
        PortalState state = state(portalId);
        synchronized (state) {
            long nowMillis = now.toEpochMilli();
            if (bucket.fullAt(state.tat, nowMillis)) {
                throw new QueryLimitExceeded();
            }
            state.tat = bucket.admit(state.tat, nowMillis);
            Map<String, OperatingWindow> load = new HashMap<>();
            state.operating.forEach((method, buckets) -> load.put(method, new OperatingWindow(new TreeMap<>(buckets))));
            return new Admission(portalId, policy, load, now);
        }
    }

    @Override
    public void settle(Admission admission, Instant now) {
        pending.add(admission, now);
    }

    private void apply(PendingCharges.Portal charges) {
        PortalState state = state(charges.portalId());
        synchronized (state) {
            charges.charges().forEach((key, added) -> state.operating.computeIfAbsent(key.method(), m -> new TreeMap<>())
                    .merge(key.minute(), added, (old, more) ->
                            new OperatingWindow.Bucket(old.micros() + more.micros(), old.firstCall())));
            charges.expired().forEach(key -> {
                TreeMap<Long, OperatingWindow.Bucket> buckets = state.operating.get(key.method());
                if (buckets != null) {
                    buckets.remove(key.minute());
                }
            });
        }
    }

    private PortalState state(String portalId) {
        return portals.computeIfAbsent(portalId, id -> new PortalState());
    }

    private static final class PortalState {
        private long tat = Long.MIN_VALUE;
        private final Map<String, TreeMap<Long, OperatingWindow.Bucket>> operating = new HashMap<>();
    }
}
