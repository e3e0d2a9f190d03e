package com.telephony.store.contract;

import com.telephony.domain.limits.Admission;
import com.telephony.domain.limits.LimitPolicy;
import com.telephony.domain.limits.OperationTimeLimitExceeded;
import com.telephony.domain.limits.QueryLimitExceeded;
import com.telephony.domain.limits.RequestLimiter;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every {@link RequestLimiter} must do with Bitrix24's numbers (50 burst, 2 per second, 480 s; docs/limits.md):
 * many containers (one limiter each, as each Lambda container has its own) calling at once agree, because the state
 * is the store's. Time is passed in, so "at once" and "one second later" are exact.
 */
public abstract class RequestLimiterContract {
    protected static final LimitPolicy BITRIX24 = LimitPolicy.bitrix24();
    protected static final Instant T0 = Instant.parse("2026-12-01T10:00:00.250Z");

    /** A limiter as one more container sees the store: every limiter of one test shares the same state. */
    protected abstract RequestLimiter container();

    protected static String portal() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    @Test
    void sixtyConcurrentRequestsFromSixContainersAdmitExactlyTheBurst() throws Exception {
        String portal = portal();
        List<RequestLimiter> containers = List.of(container(), container(), container(), container(),
                container(), container());
        List<Boolean> admitted = concurrently(60, i -> admitted(containers.get(i % 6), portal, T0));

        assertEquals(50, admitted.stream().filter(a -> a).count(), "the bucket holds 50");
        assertEquals(10, admitted.stream().filter(a -> !a).count(), "the ten beyond it get QUERY_LIMIT_EXCEEDED");

        String other = portal();
        List<Boolean> otherPortal = concurrently(50, i -> admitted(containers.get(i % 6), other, T0));
        assertTrue(otherPortal.stream().allMatch(a -> a), "another portal has its own bucket");
        assertFalse(admitted(container(), portal, T0), "still full for the first one");
    }

    @Test
    void theBucketDrainsTwoRequestsPerSecond() throws Exception {
        String portal = portal();
        RequestLimiter limiter = container();
        for (int i = 0; i < 50; i++) {
            assertTrue(admitted(limiter, portal, T0));
        }
        assertFalse(admitted(limiter, portal, T0.plusMillis(499)), "less than one drain interval later");
        Instant second = T0.plusSeconds(1);
        assertTrue(admitted(container(), portal, second));
        assertTrue(admitted(container(), portal, second));
        assertFalse(admitted(container(), portal, second), "two drained in a second, two admitted");

        Instant tenLater = second.plusSeconds(10);
        List<Boolean> admitted = concurrently(25, i -> admitted(container(), portal, tenLater));
        assertEquals(20, admitted.stream().filter(a -> a).count(), "ten seconds drain twenty");

        Instant idle = tenLater.plusSeconds(60);
        List<Boolean> afterIdle = concurrently(55, i -> admitted(container(), portal, idle));
        assertEquals(50, afterIdle.stream().filter(a -> a).count(), "an emptied bucket holds the full burst again");
    }

    @Test
    void operatingTimeAddsUpAcrossContainersAndBlocksTheMethodUntilItsBucketsExpire() throws Exception {
        String portal = portal();
        String method = "voximplant.sip.get";
        Instant start = T0;
        Admission first = container().admit(portal, start);
        assertEquals(Duration.ZERO, first.operating(method, start));
        assertEquals(start.getEpochSecond() + 600, first.operatingResetAt(method, start, start.getEpochSecond()));

        // Twenty containers, each a call that took 20 s, storing their time at once: 400 s, nothing lost.
        List<Boolean> stored = concurrently(20, i -> {
            RequestLimiter limiter = container();
            Admission admission = limiter.admit(portal, start.plusSeconds(30));
            admission.charge(method, Duration.ofSeconds(20));
            limiter.settle(admission, start.plusSeconds(30));
            return true;
        });
        assertEquals(20, stored.size());
        Instant minuteLater = start.plusSeconds(70);
        Admission second = container().admit(portal, minuteLater);
        assertEquals(Duration.ofSeconds(400), second.operating(method, minuteLater));
        assertDoesNotThrow(() -> second.checkOperating(method, minuteLater), "400 s is within 480 s");
        // The bucket counts until ten minutes after its first request (start + 30 s).
        long firstCall = start.getEpochSecond() + 30;
        assertEquals(firstCall + 600, second.operatingResetAt(method, minuteLater, minuteLater.getEpochSecond()));

        // The call that goes over the budget still completes; the next one is refused.
        second.charge(method, Duration.ofSeconds(100));
        container().settle(second, minuteLater);
        Admission third = container().admit(portal, minuteLater.plusSeconds(1));
        assertEquals(Duration.ofSeconds(500), third.operating(method, minuteLater.plusSeconds(1)));
        assertThrows(OperationTimeLimitExceeded.class, () -> third.checkOperating(method, minuteLater.plusSeconds(1)));
        assertDoesNotThrow(() -> third.checkOperating("voximplant.sip.add", minuteLater.plusSeconds(1)),
                "other methods have their own budget");
        Admission otherPortal = container().admit(portal(), minuteLater);
        assertDoesNotThrow(() -> otherPortal.checkOperating(method, minuteLater));

        // The first minute's 400 s stop counting at its reset; the 100 s of the next minute remain.
        Instant reset = Instant.ofEpochSecond(firstCall + 600);
        Admission afterReset = container().admit(portal, reset);
        assertEquals(Duration.ofSeconds(100), afterReset.operating(method, reset));
        assertDoesNotThrow(() -> afterReset.checkOperating(method, reset));
        assertEquals(minuteLater.getEpochSecond() + 600, afterReset.operatingResetAt(method, reset, reset.getEpochSecond()));
        afterReset.charge(method, Duration.ofMillis(5));
        container().settle(afterReset, reset);
        Instant later = reset.plusSeconds(1);
        assertEquals(Duration.ofSeconds(100).plusMillis(5), container().admit(portal, later).operating(method, later),
                "the expired minute stays gone after the next charge is stored");
    }

    @Test
    void anAdmissionWithoutChargesStoresNothing() {
        String portal = portal();
        Admission idle = container().admit(portal, T0);
        container().settle(idle, T0);
        assertEquals(Duration.ZERO, container().admit(portal, T0).operating("server.time", T0));
    }

    protected static boolean admitted(RequestLimiter limiter, String portal, Instant now) {
        try {
            limiter.admit(portal, now);
            return true;
        } catch (QueryLimitExceeded full) {
            return false;
        }
    }

    /** Runs the calls on as many threads, released together; any failure other than the expected refusal fails. */
    private static List<Boolean> concurrently(int count, Race.Call<Boolean> call) throws Exception {
        List<Race.Outcome<Boolean>> outcomes = Race.run(count, call);
        Race.assertNoFailures(outcomes);
        return outcomes.stream().map(Race.Outcome::result).toList();
    }
}
