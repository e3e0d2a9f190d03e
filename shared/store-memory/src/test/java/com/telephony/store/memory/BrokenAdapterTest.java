package com.telephony.store.memory;

import com.telephony.domain.limits.Admission;
import com.telephony.domain.limits.RequestLimiter;
import com.telephony.domain.sip.CloudLineLimitReached;
import com.telephony.domain.sip.ConfigIdRange;
import com.telephony.domain.sip.LineOwner;
import com.telephony.domain.sip.SipLine;
import com.telephony.domain.sip.SipLineChange;
import com.telephony.domain.sip.SipLineIds;
import com.telephony.domain.sip.SipLineStore;
import com.telephony.store.contract.RequestLimiterContract;
import com.telephony.store.contract.SipLineStoreContract;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * A test of the test: the contract suite run against a deliberately broken adapter must fail, and fail where the
 * adapter is broken. The broken line store checks the cloud-line limit and then writes (check-then-act, no atomicity),
 * which passes every one-caller test and only the race can catch. The broken limiter carries a call's time only with
 * the next admission of the same portal, which passes every one-portal test.
 */
class BrokenAdapterTest {
    @Test
    void theContractSuiteCatchesANonAtomicCloudLineLimit() {
        TestExecutionSummary summary = run(NonAtomicLimitContract.class);
        List<String> failed = summary.getFailures().stream()
                .map(failure -> failure.getTestIdentifier().getDisplayName()).toList();
        assertEquals(List.of("twentyParallelCloudAddsAtNineLinesLeaveExactlyTen()"), failed,
                "exactly the race test fails; every one-caller test passes");
        assertTrue(summary.getTestsSucceededCount() > 10, "the rest of the suite ran and passed");
    }

    @Test
    void theSameSuitePassesOnTheRealInMemoryAdapter() {
        TestExecutionSummary summary = run(SoundContract.class);
        assertEquals(0, summary.getTotalFailureCount(), () -> summary.getFailures().toString());
        assertTrue(summary.getTestsSucceededCount() > 10);
    }

    private static TestExecutionSummary run(Class<?> contract) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selectClass(contract)).build();
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launcher.execute(request, listener);
        return listener.getSummary();
    }

    /** Not run by the build on its own (a nested class): only through the launcher above. */
    static class NonAtomicLimitContract extends SipLineStoreContract {
        private final SipLineStore store = new NonAtomicLimit(new InMemorySipLineStore());

        @Override
        protected SipLineStore sipLines() {
            return store;
        }
    }

    static class SoundContract extends SipLineStoreContract {
        private final SipLineStore store = new InMemorySipLineStore();

        @Override
        protected SipLineStore sipLines() {
            return store;
        }
    }

    /** Counts cloud lines itself and checks the count before writing: correct alone, wrong under concurrency. */
    static final class NonAtomicLimit implements SipLineStore {
        private final SipLineStore delegate;
        private final Map<String, AtomicInteger> cloudLines = new ConcurrentHashMap<>();

        NonAtomicLimit(SipLineStore delegate) {
            this.delegate = delegate;
        }

        private AtomicInteger count(String portalId) {
            return cloudLines.computeIfAbsent(portalId, id -> new AtomicInteger());
        }

        @Override
        public void insert(SipLine line, int cloudLimit) {
            if (line.isCloud()) {
                if (count(line.owner().portalId()).get() >= cloudLimit) {
                    throw new CloudLineLimitReached(cloudLimit);
                }
                pause(); // the window between the check and the write that the racers walk through together
            }
            delegate.insert(line, Integer.MAX_VALUE);
            if (line.isCloud()) {
                // and between the write and the count: the store's id claim serializes the writes of one portal,
                // so a racer that lost its ids and read fresh ones passes the stale count here
                pause();
                count(line.owner().portalId()).incrementAndGet();
            }
        }

        private static void pause() {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public boolean delete(SipLine current) {
            boolean deleted = delegate.delete(current);
            if (deleted && current.isCloud()) {
                count(current.owner().portalId()).decrementAndGet();
            }
            return deleted;
        }

        @Override
        public SipLineIds allocateIds(String portalId, boolean cloud) {
            return delegate.allocateIds(portalId, cloud);
        }

        @Override
        public Optional<SipLine> find(LineOwner owner, long configId) {
            return delegate.find(owner, configId);
        }

        @Override
        public List<SipLine> list(LineOwner owner, ConfigIdRange configIds) {
            return delegate.list(owner, configIds);
        }

        @Override
        public boolean update(SipLine current, SipLineChange change) {
            return delegate.update(current, change);
        }

        @Override
        public Optional<SipLine> findByRegistration(String portalId, long regId) {
            return delegate.findByRegistration(portalId, regId);
        }

        @Override
        public boolean recordRegistration(SipLine line, int statusCode, String errorMessage) {
            return delegate.recordRegistration(line, statusCode, errorMessage);
        }
    }

    @Test
    void theLimiterContractCatchesALimiterThatCarriesOnlyTheSamePortalsCharges() {
        TestExecutionSummary summary = run(SamePortalOnlyLimiterContract.class);
        List<String> failed = summary.getFailures().stream()
                .map(failure -> failure.getTestIdentifier().getDisplayName()).sorted().toList();
        assertEquals(List.of("anotherPortalsAdmissionStoresThePendingCharges()",
                        "concurrentCallsInOneContainerAndAcrossContainersNeverLoseTime()",
                        "operatingTimeAddsUpAcrossContainersAndBlocksTheMethodUntilItsBucketsExpire()"), failed,
                "exactly the tests where another portal's admission must store the charges");
        assertTrue(summary.getTestsSucceededCount() >= 6, "the rest of the suite ran and passed");
    }

    /** Not run by the build on its own (a nested class): only through the launcher above. */
    static class SamePortalOnlyLimiterContract extends RequestLimiterContract {
        private final InMemoryRequestLimiter shared = new InMemoryRequestLimiter(BITRIX24);

        @Override
        protected RequestLimiter container() {
            return new SamePortalOnlyLimiter(shared.sharing());
        }
    }

    /**
     * Holds each call's charges in the container and hands them to the store only with the next admission of the same
     * portal; an admission for another portal forgets them. Right for a container that serves one portal, which is
     * what one-portal tests see; a container switching portals loses time.
     */
    static final class SamePortalOnlyLimiter implements RequestLimiter {
        private final InMemoryRequestLimiter store;
        private final Map<String, List<Admission>> held = new ConcurrentHashMap<>();

        SamePortalOnlyLimiter(InMemoryRequestLimiter store) {
            this.store = store;
        }

        @Override
        public Admission admit(String portalId, Instant now) {
            List<Admission> own = held.remove(portalId);
            held.clear(); // the defect: other portals' charges are dropped
            if (own != null) {
                own.forEach(admission -> store.settle(admission, now));
            }
            return store.admit(portalId, now);
        }

        @Override
        public void settle(Admission admission, Instant now) {
            held.computeIfAbsent(admission.portalId(), p -> new java.util.concurrent.CopyOnWriteArrayList<>())
                    .add(admission);
        }
    }
}
