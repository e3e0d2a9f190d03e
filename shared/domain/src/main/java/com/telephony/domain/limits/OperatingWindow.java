package com.telephony.domain.limits;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.NavigableMap;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * One method's execution time on one portal, in one-minute buckets keyed by the minute (epoch seconds) of the first
 * request charged to them. As in Bitrix24's resource limiter, a bucket counts until ten minutes after its first
 * request, so an idle method reports {@code operating_reset_at = start + 600}.
 */
public record OperatingWindow(NavigableMap<Long, Bucket> buckets) {
    public static final OperatingWindow EMPTY = new OperatingWindow(new TreeMap<>());

    /** @param micros execution time charged; @param firstCall epoch second of the first request charged to it */
    public record Bucket(long micros, long firstCall) {
        public long expiresAt() {
            return firstCall + LimitPolicy.OPERATING_WINDOW.toSeconds();
        }

        public boolean liveAt(Instant now) {
            return expiresAt() > now.getEpochSecond();
        }
    }

    public OperatingWindow {
        buckets = new TreeMap<>(buckets);
    }

    public static long minuteOf(Instant instant) {
        long seconds = instant.getEpochSecond();
        return seconds - Math.floorMod(seconds, LimitPolicy.OPERATING_BUCKET.toSeconds());
    }

    /** The execution time of the buckets still live at {@code now}. */
    public Duration total(Instant now) {
        long micros = 0;
        for (Bucket bucket : buckets.values()) {
            if (bucket.liveAt(now)) {
                micros += bucket.micros();
            }
        }
        return Duration.ofNanos(micros * 1000);
    }

    /** When the oldest live bucket expires (epoch seconds), or empty when none is live. */
    public OptionalLong resetAt(Instant now) {
        return buckets.values().stream().filter(bucket -> bucket.liveAt(now)).mapToLong(Bucket::expiresAt).min();
    }

    /** The minutes of buckets that no longer count at {@code now}. */
    public java.util.List<Long> expiredAt(Instant now) {
        return buckets.entrySet().stream().filter(e -> !e.getValue().liveAt(now)).map(Map.Entry::getKey).toList();
    }

    /** The same window with {@code time} charged by a request that started at {@code requestStart}. */
    public OperatingWindow plus(Instant requestStart, Duration time) {
        TreeMap<Long, Bucket> next = new TreeMap<>(buckets);
        next.merge(minuteOf(requestStart), new Bucket(time.toNanos() / 1000, requestStart.getEpochSecond()),
                (old, added) -> new Bucket(old.micros() + added.micros(), old.firstCall()));
        return new OperatingWindow(next);
    }
}
