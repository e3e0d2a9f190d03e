package com.telephony.domain.limits;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LimitsTest {
    private static final LimitPolicy BITRIX24 = LimitPolicy.bitrix24();
    private static final long NOW = 1_000_000L;

    @Test
    void theBucketHoldsFiftyAndDrainsOneEveryHalfSecond() {
        LeakyBucket bucket = new LeakyBucket(BITRIX24);
        assertEquals(500, bucket.intervalMillis());
        long tat = Long.MIN_VALUE;
        int admitted = 0;
        while (!bucket.fullAt(tat, NOW)) {
            tat = bucket.admit(tat, NOW);
            admitted++;
        }
        assertEquals(50, admitted);
        assertTrue(bucket.fullAt(tat, NOW + 499));
        assertFalse(bucket.fullAt(tat, NOW + 500), "one drained after half a second");
        assertTrue(bucket.idleAt(tat, NOW + 25_000), "empty after 25 s");
    }

    @Test
    void operatingBucketsCountForTenMinutesFromTheirFirstRequest() {
        Instant start = Instant.parse("2026-12-01T10:00:30Z");
        OperatingWindow window = OperatingWindow.EMPTY.plus(start, Duration.ofSeconds(300))
                .plus(start.plusSeconds(10), Duration.ofSeconds(50))
                .plus(start.plusSeconds(60), Duration.ofSeconds(200));
        assertEquals(Duration.ofSeconds(550), window.total(start.plusSeconds(61)));
        assertEquals(start.getEpochSecond() + 600, window.resetAt(start).getAsLong(), "an idle method: start + 600");
        assertEquals(Duration.ofSeconds(200), window.total(start.plusSeconds(600)));
        assertEquals(start.getEpochSecond() + 660, window.resetAt(start.plusSeconds(600)).getAsLong());
        assertEquals(Duration.ZERO, window.total(start.plusSeconds(660)));
        assertTrue(window.resetAt(start.plusSeconds(660)).isEmpty());
        assertEquals(2, window.expiredAt(start.plusSeconds(660)).size());
    }

    @Test
    void anAdmissionRefusesAMethodAlreadyOverItsBudgetAndCountsItsOwnCalls() {
        Instant now = Instant.parse("2026-12-01T10:00:30Z");
        long minute = OperatingWindow.minuteOf(now);
        Admission admission = new Admission("p", BITRIX24, Map.of("sip.get", new OperatingWindow(new TreeMap<>(
                Map.of(minute, new OperatingWindow.Bucket(480_000_000L, now.getEpochSecond() - 5))))), now);
        assertDoesNotThrow(() -> admission.checkOperating("sip.get", now), "exactly at the budget still runs");
        admission.charge("sip.get", Duration.ofMillis(1));
        assertThrows(OperationTimeLimitExceeded.class, () -> admission.checkOperating("sip.get", now));
        assertDoesNotThrow(() -> admission.checkOperating("sip.add", now));
        assertEquals(Map.of("sip.get", Duration.ofMillis(1)), admission.charges());
        assertEquals(now.getEpochSecond() + 600, admission.operatingResetAt("sip.add", now, now.getEpochSecond()));
        assertEquals(now.getEpochSecond() + 595, admission.operatingResetAt("sip.get", now, now.getEpochSecond()));
    }

    @Test
    void pendingChargesAddUpPerBucketAndLeaveOnlyWhenTaken() {
        Instant first = Instant.parse("2026-12-01T10:00:30Z");
        long minute = OperatingWindow.minuteOf(first);
        long oldMinute = minute - 900;
        Map<String, OperatingWindow> seen = Map.of("sip.get", new OperatingWindow(new TreeMap<>(Map.of(
                oldMinute, new OperatingWindow.Bucket(5, oldMinute), minute, new OperatingWindow.Bucket(7, minute)))));
        PendingCharges pending = new PendingCharges();
        pending.add(new Admission("p", BITRIX24, Map.of(), first), first);
        assertTrue(pending.isEmpty(), "a call without charges leaves nothing pending");

        Admission a = new Admission("p", BITRIX24, seen, first.plusSeconds(20));
        a.charge("sip.get", Duration.ofMillis(3));
        a.charge("sip.add", Duration.ofNanos(10));
        pending.add(a, first.plusSeconds(20));
        Admission b = new Admission("p", BITRIX24, Map.of(), first);
        b.charge("sip.get", Duration.ofMillis(2));
        pending.add(b, first);
        Admission elsewhere = new Admission("q", BITRIX24, Map.of(), first);
        elsewhere.charge("sip.get", Duration.ofSeconds(1));
        pending.add(elsewhere, first);

        PendingCharges.Portal p = pending.take("p", first.plusSeconds(30)).orElseThrow();
        assertEquals(Duration.ofMillis(5), p.time("sip.get"), "the same bucket's time adds up");
        assertEquals(Duration.ofNanos(1000), p.time("sip.add"), "at least a microsecond");
        assertEquals(first.getEpochSecond(), p.charges().get(new PendingCharges.Key("sip.get", minute)).firstCall(),
                "the earlier first request");
        assertEquals(java.util.Set.of(new PendingCharges.Key("sip.get", oldMinute)), p.expired(),
                "a bucket seen expired, never one being charged");
        assertTrue(pending.take("p", first).isEmpty(), "taken once");

        pending.putBack(p);
        assertEquals(2, pending.takeAll(first.plusSeconds(30)).size(), "each portal once");
        assertTrue(pending.isEmpty());

        pending.putBack(p);
        assertTrue(pending.take("p", Instant.ofEpochSecond(minute + 660)).orElseThrow().charges().isEmpty(),
                "a bucket eleven minutes old can no longer count: not worth a write");
        pending.putBack(new PendingCharges.Portal("p", Map.of(), java.util.Set.of()));
        assertTrue(pending.isEmpty(), "nothing to put back");
    }

    @Test
    void anAdmissionCarriesTheFaultsOfStoringOtherPortalsCharges() {
        Instant now = Instant.parse("2026-12-01T10:00:30Z");
        assertTrue(new Admission("p", BITRIX24, Map.of(), now).storeFaults().isEmpty());
        assertEquals(java.util.List.of("throttled"),
                new Admission("p", BITRIX24, Map.of(), now, java.util.List.of("throttled")).storeFaults());
    }
}
