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
 * is the store's. A call's time is stored by its container's next admission (docs/limits.md, "Round trips"): counted
 * by that admission, stored by it whatever portal it is for, never lost to a refusal or to concurrency, never counted
 * twice. Time is passed in, so "at once" and "one second later" are exact.
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

        // Twenty containers, each a call that took 20 s, storing their time at once (with their next admission, half
        // of them for this portal, half for another one): 400 s, nothing lost.
        String elsewhere = portal();
        List<Boolean> stored = concurrently(20, i -> {
            RequestLimiter limiter = container();
            Admission admission = limiter.admit(portal, start.plusSeconds(30));
            admission.charge(method, Duration.ofSeconds(20));
            limiter.settle(admission, start.plusSeconds(30));
            limiter.admit(i % 2 == 0 ? portal : elsewhere, start.plusSeconds(31));
            return true;
        });
        assertEquals(20, stored.size());
        Instant minuteLater = start.plusSeconds(70);
        RequestLimiter container = container();
        Admission second = container.admit(portal, minuteLater);
        assertEquals(Duration.ofSeconds(400), second.operating(method, minuteLater));
        assertDoesNotThrow(() -> second.checkOperating(method, minuteLater), "400 s is within 480 s");
        // The bucket counts until ten minutes after its first request (start + 30 s).
        long firstCall = start.getEpochSecond() + 30;
        assertEquals(firstCall + 600, second.operatingResetAt(method, minuteLater, minuteLater.getEpochSecond()));

        // The call that goes over the budget still completes; the container's next call is refused.
        second.charge(method, Duration.ofSeconds(100));
        container.settle(second, minuteLater);
        Admission third = container.admit(portal, minuteLater.plusSeconds(1));
        assertEquals(Duration.ofSeconds(500), third.operating(method, minuteLater.plusSeconds(1)));
        assertThrows(OperationTimeLimitExceeded.class, () -> third.checkOperating(method, minuteLater.plusSeconds(1)));
        assertDoesNotThrow(() -> third.checkOperating("voximplant.sip.add", minuteLater.plusSeconds(1)),
                "other methods have their own budget");
        Admission otherContainer = container().admit(portal, minuteLater.plusSeconds(2));
        assertThrows(OperationTimeLimitExceeded.class,
                () -> otherContainer.checkOperating(method, minuteLater.plusSeconds(2)), "and so are the others");
        Admission otherPortal = container().admit(portal(), minuteLater);
        assertDoesNotThrow(() -> otherPortal.checkOperating(method, minuteLater));

        // The first minute's 400 s stop counting at its reset; the 100 s of the next minute remain.
        Instant reset = Instant.ofEpochSecond(firstCall + 600);
        Admission afterReset = container.admit(portal, reset);
        assertEquals(Duration.ofSeconds(100), afterReset.operating(method, reset));
        assertDoesNotThrow(() -> afterReset.checkOperating(method, reset));
        assertEquals(minuteLater.getEpochSecond() + 600, afterReset.operatingResetAt(method, reset, reset.getEpochSecond()));
        afterReset.charge(method, Duration.ofMillis(5));
        container.settle(afterReset, reset);
        Instant later = reset.plusSeconds(1);
        assertEquals(Duration.ofSeconds(100).plusMillis(5), container.admit(portal, later).operating(method, later),
                "the expired minute stays gone after the next charge is stored");
    }

    @Test
    void aSettledChargeCountsInTheSameContainersNextAdmission() {
        String portal = portal();
        String method = "voximplant.sip.get";
        RequestLimiter container = container();
        Admission first = container.admit(portal, T0);
        first.charge(method, Duration.ofSeconds(7));
        container.settle(first, T0);

        Instant next = T0.plusSeconds(1);
        Admission second = container.admit(portal, next);
        assertEquals(Duration.ofSeconds(7), second.operating(method, next), "the pending charge, read back");
        second.charge(method, Duration.ofSeconds(3));
        assertEquals(Duration.ofSeconds(10), second.operating(method, next), "and the call's own time at once");
        container.settle(second, next);

        Instant third = T0.plusSeconds(2);
        assertEquals(Duration.ofSeconds(10), container.admit(portal, third).operating(method, third),
                "each charge stored exactly once");
        assertEquals(Duration.ofSeconds(10), container().admit(portal, third).operating(method, third),
                "and visible to every container once stored");
    }

    @Test
    void anotherPortalsAdmissionStoresThePendingCharges() {
        String portal = portal();
        String other = portal();
        String method = "voximplant.sip.add";
        RequestLimiter container = container();
        Admission call = container.admit(portal, T0);
        call.charge(method, Duration.ofSeconds(4));
        container.settle(call, T0);
        Admission elsewhere = container.admit(other, T0.plusMillis(10));
        assertEquals(Duration.ZERO, elsewhere.operating(method, T0.plusMillis(10)), "portals do not mix");
        assertTrue(elsewhere.storeFaults().isEmpty(), elsewhere.storeFaults().toString());

        Instant later = T0.plusSeconds(1);
        assertEquals(Duration.ofSeconds(4), container().admit(portal, later).operating(method, later),
                "stored by the admission of another portal, before it returned");
        assertEquals(Duration.ofSeconds(4), container.admit(portal, later).operating(method, later),
                "and not stored twice");
    }

    @Test
    void aRefusedAdmissionLosesNoPendingCharge() throws Exception {
        String portal = portal();
        String method = "voximplant.sip.update";
        RequestLimiter container = pendingChargeThenFullBucket(portal, method);

        assertFalse(admitted(container, portal, T0), "the container's next call is refused");
        assertFalse(admitted(container, portal, T0), "and the one after it");

        // Stored with the refusal, or still pending: either way the container's next admission stores it once.
        Instant drained = T0.plusSeconds(1);
        Admission next = container.admit(portal, drained);
        assertEquals(Duration.ofSeconds(30), next.operating(method, drained));
        assertEquals(Duration.ofSeconds(30), container().admit(portal, drained).operating(method, drained));
    }

    @Test
    void aRefusedAdmissionStillLetsAnotherPortalsAdmissionStoreThePendingCharge() throws Exception {
        String portal = portal();
        String method = "voximplant.sip.update";
        RequestLimiter container = pendingChargeThenFullBucket(portal, method);
        assertFalse(admitted(container, portal, T0));

        container.admit(portal(), T0);
        Instant drained = T0.plusSeconds(1);
        assertEquals(Duration.ofSeconds(30), container().admit(portal, drained).operating(method, drained),
                "another container sees it once any admission of this one has carried it");
    }

    /**
     * A container whose settled call left 30 s of {@code method} pending (not yet stored), then 49 calls of other
     * containers that fill the portal's bucket: the next call is refused.
     */
    private RequestLimiter pendingChargeThenFullBucket(String portal, String method) throws Exception {
        RequestLimiter container = container();
        Admission call = container.admit(portal, T0);
        call.charge(method, Duration.ofSeconds(30));
        container.settle(call, T0);
        List<Boolean> filled = concurrently(49, i -> admitted(container(), portal, T0));
        assertTrue(filled.stream().allMatch(a -> a), "49 more fill the bucket");
        return container;
    }

    @Test
    void concurrentCallsInOneContainerAndAcrossContainersNeverLoseTime() throws Exception {
        String portal = portal();
        String other = portal();
        String method = "voximplant.sip.status";
        RequestLimiter shared = container();
        // Twenty calls of one second at once: half in one container serving them concurrently, half in containers of
        // their own; each container's next admission (either portal) carries its pending time. 30 requests: no refusal.
        List<Boolean> done = concurrently(20, i -> {
            RequestLimiter limiter = i % 2 == 0 ? shared : container();
            Instant at = T0.plusMillis(i);
            Admission call = limiter.admit(portal, at);
            call.charge(method, Duration.ofSeconds(1));
            limiter.settle(call, at);
            limiter.admit(i % 4 < 2 ? other : portal, at.plusMillis(1));
            return true;
        });
        assertEquals(20, done.size());
        shared.admit(other, T0.plusSeconds(1)); // whatever the shared container still holds
        Instant later = T0.plusSeconds(60);
        assertEquals(Duration.ofSeconds(20), container().admit(portal, later).operating(method, later));
    }

    @Test
    void anAdmissionWithoutChargesStoresNothing() {
        String portal = portal();
        RequestLimiter container = container();
        Admission idle = container.admit(portal, T0);
        container.settle(idle, T0);
        assertEquals(Duration.ZERO, container.admit(portal, T0).operating("server.time", T0));
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
