package com.telephony.domain.limits;

import java.time.Instant;

/**
 * Port: Bitrix24's per-portal REST limits, kept where every container of every function sees the same state. One
 * instance is one container's limiter. A limited call costs one store round trip (docs/limits.md, "Round trips"):
 * {@link #settle} keeps a finished call's execution time in the limiter, and the next {@link #admit} carries it to the
 * store with the admission itself (the same portal: in the same write) or alongside it (other portals: in parallel,
 * finished before it returns, so nothing is in flight between calls).
 */
public interface RequestLimiter {
    /**
     * Takes the request's place in the portal's leaky bucket and reads the portal's operating load, which includes
     * every charge this limiter settled for the portal before. Also stores this limiter's pending charges of other
     * portals; one that fails stays pending and is reported in {@link Admission#storeFaults()}.
     *
     * @throws QueryLimitExceeded when the portal's bucket is full (the request is not counted; this limiter's
     *                            pending charges are not lost: stored anyway, or still pending)
     */
    Admission admit(String portalId, Instant now);

    /**
     * Keeps the admission's charges pending in this limiter, for its next admission to store; no I/O, so it cannot
     * fail. {@code now} tells which buckets the admission read have expired since, for the store to drop.
     */
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
