package com.telephony.domain.limits;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.NavigableMap;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * One method's execution time on one portal, in one-minute buckets keyed by the bucket's start (epoch seconds),
 * values in microseconds. A bucket counts until ten minutes after its start, as Bitrix24's resource limiter.
 */
public record OperatingWindow(NavigableMap<Long, Long> microsByMinute) {
    public static final OperatingWindow EMPTY = new OperatingWindow(new TreeMap<>());

    public OperatingWindow {
        microsByMinute = new TreeMap<>(microsByMinute);
    }

    public static long minuteOf(Instant instant) {
        long seconds = instant.getEpochSecond();
        return seconds - Math.floorMod(seconds, LimitPolicy.OPERATING_BUCKET.toSeconds());
    }

    public static boolean live(long minute, Instant now) {
        return minute + LimitPolicy.OPERATING_WINDOW.toSeconds() > now.getEpochSecond();
    }

    /** The execution time of the buckets still live at {@code now}. */
    public Duration total(Instant now) {
        long micros = 0;
        for (Map.Entry<Long, Long> bucket : microsByMinute.entrySet()) {
            if (live(bucket.getKey(), now)) {
                micros += bucket.getValue();
            }
        }
        return Duration.ofNanos(micros * 1000);
    }

    /** When the oldest live bucket expires (epoch seconds), or empty when none is live. */
    public OptionalLong resetAt(Instant now) {
        for (Long minute : microsByMinute.keySet()) {
            if (live(minute, now)) {
                return OptionalLong.of(minute + LimitPolicy.OPERATING_WINDOW.toSeconds());
            }
        }
        return OptionalLong.empty();
    }

    /** The same window with {@code time} added to the bucket of {@code at}. */
    public OperatingWindow plus(Instant at, Duration time) {
        TreeMap<Long, Long> next = new TreeMap<>(microsByMinute);
        next.merge(minuteOf(at), time.toNanos() / 1000, Long::sum);
        return new OperatingWindow(next);
    }
}
