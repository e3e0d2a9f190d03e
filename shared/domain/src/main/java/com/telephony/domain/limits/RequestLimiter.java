package com.telephony.domain.limits;

import java.time.Instant;

/**
 * Port: Bitrix24's per-portal REST limits, kept where every container of every function sees the same state.
 * {@link #admit} takes the request's place in the portal's leaky bucket and reads the portal's operating load in
 * the same round trip; {@link #settle} stores the execution time the request's methods used.
 */
public interface RequestLimiter {
    /** @throws QueryLimitExceeded when the portal's bucket is full (nothing is counted then) */
    Admission admit(String portalId, Instant now);

    /** Stores the admission's charges; nothing is written when it has none. */
    void settle(Admission admission, Instant now);

    /**
     * No limits: every request is admitted and nothing is stored, so {@code time.operating} reports the call's own
     * time only. For stages configured without limits.
     */
    static RequestLimiter none() {
        LimitPolicy unlimited = new LimitPolicy(Integer.MAX_VALUE, Double.MAX_VALUE, java.time.Duration.ofSeconds(Long.MAX_VALUE / 2));
        return new RequestLimiter() {
            @Override
            public Admission admit(String portalId, Instant now) {
                return new Admission(portalId, unlimited, java.util.Map.of(), now);
            }

            @Override
            public void settle(Admission admission, Instant now) {
            }
        };
    }
}
