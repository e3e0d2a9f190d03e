package com.telephony.domain.sip;

/**
 * Inclusive bounds on CONFIG_ID that a filter implies; the store turns them into a key condition on the sort key,
 * so a filter by CONFIG_ID reads only those lines. Always a superset of what the filter matches.
 */
public record ConfigIdRange(long from, long to) {
    public static final ConfigIdRange ALL = new ConfigIdRange(Long.MIN_VALUE, Long.MAX_VALUE);
    public static final ConfigIdRange NONE = new ConfigIdRange(1, 0);

    public boolean isEmpty() {
        return from > to;
    }

    public ConfigIdRange intersect(ConfigIdRange other) {
        return new ConfigIdRange(Math.max(from, other.from), Math.min(to, other.to));
    }

    public static ConfigIdRange atLeast(long from) {
        return new ConfigIdRange(from, Long.MAX_VALUE);
    }

    public static ConfigIdRange atMost(long to) {
        return new ConfigIdRange(Long.MIN_VALUE, to);
    }
}
