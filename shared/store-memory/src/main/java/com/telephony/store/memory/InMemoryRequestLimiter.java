package com.telephony.store.memory;

import com.telephony.domain.limits.Admission;
import com.telephony.domain.limits.LeakyBucket;
import com.telephony.domain.limits.LimitPolicy;
import com.telephony.domain.limits.OperatingWindow;
import com.telephony.domain.limits.QueryLimitExceeded;
import com.telephony.domain.limits.RequestLimiter;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The per-portal limits in memory (docs/limits.md), with the domain's leaky bucket and operating windows: one state
 * per portal, changed under its lock, so concurrent callers agree as they do on the DynamoDB item. Limiters made with
 * {@link #sharing} see one state, as Lambda containers see one table.
 */
public final class InMemoryRequestLimiter implements RequestLimiter {
    private final LimitPolicy policy;
    private final LeakyBucket bucket;
    private final Map<String, PortalState> portals;

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
        PortalState state = portals.computeIfAbsent(portalId, id -> new PortalState());
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
        Map<String, Duration> charges = admission.charges();
        if (charges.isEmpty()) {
            return;
        }
        PortalState state = portals.computeIfAbsent(admission.portalId(), id -> new PortalState());
        synchronized (state) {
            long minute = OperatingWindow.minuteOf(admission.admittedAt());
            long firstCall = admission.admittedAt().getEpochSecond();
            charges.forEach((method, time) -> state.operating.computeIfAbsent(method, m -> new TreeMap<>())
                    .merge(minute, new OperatingWindow.Bucket(Math.max(1, time.toNanos() / 1000), firstCall),
                            (old, added) -> new OperatingWindow.Bucket(old.micros() + added.micros(), old.firstCall())));
            admission.admittedLoad().forEach((method, window) -> window.expiredAt(now).forEach(expired -> {
                TreeMap<Long, OperatingWindow.Bucket> buckets = state.operating.get(method);
                if (buckets != null) {
                    buckets.remove(expired);
                }
            }));
        }
    }

    private static final class PortalState {
        private long tat = Long.MIN_VALUE;
        private final Map<String, TreeMap<Long, OperatingWindow.Bucket>> operating = new HashMap<>();
    }
}
