package com.telephony.domain.limits;

import java.time.Duration;

/**
 * The numbers of Bitrix24's two REST limits for one deployment stage (docs/limits.md).
 *
 * @param burst              how many requests the portal's leaky bucket holds before refusing (Bitrix24: 50)
 * @param drainPerSecond     how many requests drain from the bucket each second (Bitrix24: 2)
 * @param operatingLimit     execution time a portal may spend in one method within {@link #OPERATING_WINDOW}
 *                           before that method answers {@code OPERATION_TIME_LIMIT} (Bitrix24 cloud: 480 s)
 */
public record LimitPolicy(int burst, double drainPerSecond, Duration operatingLimit) {
    /** Bitrix24 sums execution time in ten one-minute buckets; each expires ten minutes after it began. */
    public static final Duration OPERATING_WINDOW = Duration.ofMinutes(10);
    public static final Duration OPERATING_BUCKET = Duration.ofMinutes(1);

    public LimitPolicy {
        if (burst < 1 || !(drainPerSecond > 0) || operatingLimit.isNegative()) {
            throw new IllegalArgumentException("limits need a burst >= 1, a positive drain and a non-negative budget");
        }
    }

    /** Bitrix24's cloud numbers for every plan below Enterprise. */
    public static LimitPolicy bitrix24() {
        return new LimitPolicy(50, 2, Duration.ofSeconds(480));
    }

    /** Milliseconds one request occupies in the bucket: the bucket drains one request per interval. */
    public double intervalMillis() {
        return 1000.0 / drainPerSecond;
    }
}
