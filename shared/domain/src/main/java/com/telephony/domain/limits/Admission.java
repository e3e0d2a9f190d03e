package com.telephony.domain.limits;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One admitted request of a portal: the execution time its methods had used when the request was admitted (read in
 * the same write that took the request's place in the bucket), and what the request's own method calls add. A
 * {@code batch} is one request whose sub-calls each check and charge their own method.
 */
public final class Admission {
    private final String portalId;
    private final LimitPolicy policy;
    private final Map<String, OperatingWindow> admittedLoad;
    private final Map<String, OperatingWindow> load;
    private final Map<String, Duration> charges = new LinkedHashMap<>();
    private final Instant admittedAt;
    private final List<String> storeFaults;

    /** @param admittedAt when the request started: its charges go to the bucket of that minute */
    public Admission(String portalId, LimitPolicy policy, Map<String, OperatingWindow> load, Instant admittedAt) {
        this(portalId, policy, load, admittedAt, List.of());
    }

    /**
     * @param storeFaults what went wrong storing other portals' pending charges alongside this admission (they stay
     *                    pending, and the request is admitted all the same): for the request's record, never its answer
     */
    public Admission(String portalId, LimitPolicy policy, Map<String, OperatingWindow> load, Instant admittedAt,
                     List<String> storeFaults) {
        this.storeFaults = List.copyOf(storeFaults);
        this.portalId = portalId;
        this.admittedAt = admittedAt;
        this.policy = policy;
        this.admittedLoad = Map.copyOf(load);
        this.load = new LinkedHashMap<>(load);
    }

    public String portalId() {
        return portalId;
    }

    /**
     * Before a method runs: refused when the portal's time in it is already over the budget. The call that goes
     * over still completes, as in Bitrix24; the next one is refused.
     */
    public void checkOperating(String methodKey, Instant now) {
        if (operating(methodKey, now).compareTo(policy.operatingLimit()) > 0) {
            throw new OperationTimeLimitExceeded(methodKey);
        }
    }

    public Instant admittedAt() {
        return admittedAt;
    }

    /** Faults storing other portals' pending charges while this request was admitted; usually none. */
    public List<String> storeFaults() {
        return storeFaults;
    }

    /** After a method ran: its execution time, counted in the answer at once and stored by the limiter. */
    public void charge(String methodKey, Duration time) {
        load.put(methodKey, window(methodKey).plus(admittedAt, time));
        charges.merge(methodKey, time, Duration::plus);
    }

    /** The portal's execution time in this method over the window, this request's calls included. */
    public Duration operating(String methodKey, Instant now) {
        return window(methodKey).total(now);
    }

    /** When the method's oldest live bucket expires (epoch seconds); {@code start + 600} when the method is idle. */
    public long operatingResetAt(String methodKey, Instant now, long requestStart) {
        return window(methodKey).resetAt(now).orElse(requestStart + LimitPolicy.OPERATING_WINDOW.toSeconds());
    }

    /** What this request's calls used, per method, for the limiter to store. */
    public Map<String, Duration> charges() {
        return Map.copyOf(charges);
    }

    /** The load as read at admission (the limiter removes expired buckets it saw there). */
    public Map<String, OperatingWindow> admittedLoad() {
        return admittedLoad;
    }

    private OperatingWindow window(String methodKey) {
        return load.getOrDefault(methodKey, OperatingWindow.EMPTY);
    }
}
