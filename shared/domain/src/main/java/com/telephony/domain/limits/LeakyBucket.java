package com.telephony.domain.limits;

/**
 * A leaky bucket kept as one number, the "theoretical arrival time" (TAT, epoch milliseconds) of the generic cell
 * rate algorithm: the moment the bucket would be empty again. A request at {@code now} finds
 * {@code max(0, TAT - now) / interval} requests in the bucket; it is admitted while that is below the burst, and
 * then moves TAT to {@code max(TAT, now) + interval}. One number means one conditional write decides a request,
 * whichever container sends it (docs/limits.md).
 */
public final class LeakyBucket {
    private final LimitPolicy policy;

    public LeakyBucket(LimitPolicy policy) {
        this.policy = policy;
    }

    /** The bucket was idle (TAT not after {@code now}): the request starts it afresh. */
    public boolean idleAt(long tatMillis, long nowMillis) {
        return tatMillis <= nowMillis;
    }

    /** The largest TAT at which one more request still fits: {@code burst - 1} requests already waiting. */
    public long fullAbove(long nowMillis) {
        return nowMillis + (long) Math.floor((policy.burst() - 1) * policy.intervalMillis());
    }

    /** Whether a request at {@code now} finds the bucket full. */
    public boolean fullAt(long tatMillis, long nowMillis) {
        return tatMillis > fullAbove(nowMillis);
    }

    /** TAT after admitting one request. */
    public long admit(long tatMillis, long nowMillis) {
        return Math.max(tatMillis, nowMillis) + intervalMillis();
    }

    public long intervalMillis() {
        return Math.max(1, Math.round(policy.intervalMillis()));
    }
}
