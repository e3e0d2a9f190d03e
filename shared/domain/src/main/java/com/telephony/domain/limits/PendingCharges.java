package com.telephony.domain.limits;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The execution time a container's finished calls used and has not stored yet, per portal (docs/limits.md, "Round
 * trips"). A call's charge waits here and travels with the container's next admission, so a limited call costs one
 * store round trip, not two. Adapters take a portal's charges out before the write that carries them and put them back
 * when that write did not succeed: charges leave only through a stored write. Thread-safe: a container may serve
 * calls concurrently (the local API's tests do).
 */
public final class PendingCharges {
    /**
     * A minute bucket can hold a first request until its last second, and counts ten minutes from that request: past
     * this, whatever the store holds for the minute never counts again, so a charge for it is not worth a write.
     */
    private static final long BUCKET_LIFETIME_SECONDS =
            LimitPolicy.OPERATING_WINDOW.toSeconds() + LimitPolicy.OPERATING_BUCKET.toSeconds();

    /** One method's one-minute bucket. */
    public record Key(String method, long minute) {
    }

    /**
     * One portal's pending charges: microseconds and first request (epoch s) per bucket, and the buckets the
     * container saw expired, which the store may drop with the same write. A bucket is never both.
     */
    public record Portal(String portalId, Map<Key, OperatingWindow.Bucket> charges, Set<Key> expired) {
        public Portal {
            charges = Map.copyOf(charges);
            Set<Key> onlyExpired = new HashSet<>(expired);
            onlyExpired.removeAll(charges.keySet());
            expired = Set.copyOf(onlyExpired);
        }

        /** Both portions added up: time sums (it commutes), the earlier first request stays. */
        Portal plus(Portal other) {
            Map<Key, OperatingWindow.Bucket> sum = new HashMap<>(charges);
            other.charges.forEach((key, bucket) -> sum.merge(key, bucket, (a, b) ->
                    new OperatingWindow.Bucket(a.micros() + b.micros(), Math.min(a.firstCall(), b.firstCall()))));
            Set<Key> seen = new HashSet<>(expired);
            seen.addAll(other.expired);
            return new Portal(portalId, sum, seen);
        }

        /** Without the buckets that can no longer count at {@code now}: their time would be written for nothing. */
        Portal liveAt(Instant now) {
            Map<Key, OperatingWindow.Bucket> live = new HashMap<>(charges);
            live.keySet().removeIf(key -> key.minute() + BUCKET_LIFETIME_SECONDS <= now.getEpochSecond());
            return new Portal(portalId, live, expired);
        }

        public boolean isEmpty() {
            return charges.isEmpty() && expired.isEmpty();
        }

        /** The pending time of one method, all buckets. */
        public Duration time(String method) {
            long micros = charges.entrySet().stream().filter(e -> e.getKey().method().equals(method))
                    .mapToLong(e -> e.getValue().micros()).sum();
            return Duration.ofNanos(micros * 1000);
        }
    }

    private final Map<String, Portal> byPortal = new ConcurrentHashMap<>();

    /**
     * After a call: what its admission charged, in the bucket of the minute it was admitted, and the buckets its
     * admission read that are expired at {@code now}. An admission without charges adds nothing.
     */
    public void add(Admission admission, Instant now) {
        Map<String, Duration> charges = admission.charges();
        if (charges.isEmpty()) {
            return;
        }
        long minute = OperatingWindow.minuteOf(admission.admittedAt());
        long firstCall = admission.admittedAt().getEpochSecond();
        Map<Key, OperatingWindow.Bucket> buckets = new HashMap<>();
        // At least a microsecond: a call that ran is counted, however fast.
        charges.forEach((method, time) -> buckets.put(new Key(method, minute),
                new OperatingWindow.Bucket(Math.max(1, time.toNanos() / 1000), firstCall)));
        Set<Key> expired = new HashSet<>();
        admission.admittedLoad().forEach((method, window) ->
                window.expiredAt(now).forEach(expiredMinute -> expired.add(new Key(method, expiredMinute))));
        putBack(new Portal(admission.portalId(), buckets, expired));
    }

    /** Takes the portal's pending charges out, for the write that carries them; empty when there are none. */
    public Optional<Portal> take(String portalId, Instant now) {
        Portal taken = byPortal.remove(portalId);
        return taken == null ? Optional.empty() : Optional.of(taken.liveAt(now)).filter(p -> !p.isEmpty());
    }

    /** Takes every portal's pending charges out (each portal once). */
    public List<Portal> takeAll(Instant now) {
        List<Portal> taken = new ArrayList<>();
        for (String portalId : List.copyOf(byPortal.keySet())) {
            take(portalId, now).ifPresent(taken::add);
        }
        return taken;
    }

    /** A write that carried these charges failed (or never ran): they wait for the next one, added to any new. */
    public void putBack(Portal portal) {
        if (!portal.isEmpty()) {
            byPortal.merge(portal.portalId(), portal, Portal::plus);
        }
    }

    /** Whether nothing waits: every charge this container made is stored. */
    public boolean isEmpty() {
        return byPortal.isEmpty();
    }
}
