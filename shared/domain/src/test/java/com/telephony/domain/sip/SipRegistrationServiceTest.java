package com.telephony.domain.sip;

import com.telephony.domain.Fixtures;
import com.telephony.domain.tenancy.Caller;
import com.telephony.domain.tenancy.Portal;
import com.telephony.store.memory.InMemorySipLineStore;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When sip.status writes, over the in-memory store (which refuses, like DynamoDB, to resurrect a deleted line). */
class SipRegistrationServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    private final InMemorySipLineStore memory = new InMemorySipLineStore();
    private final List<String> writes = new ArrayList<>();
    private Runnable beforeWrite = () -> { };
    private final SipLineStore store = new CountingStore();
    private final Portal portal = Fixtures.portal();
    private final Caller caller = Fixtures.application(portal, "app.a");
    private final SipLineService lines = new SipLineService(memory, p -> "in.example");
    private final SipRegistrationService service = new SipRegistrationService(store, CLOCK);

    private SipLine cloudLine(String server) {
        return lines.add(caller, new SipLineDraft("cloud", null, server, "u", "p"));
    }

    @Test
    void aNewOutcomeIsWrittenOnceAndThenOnlyRead() {
        SipLine line = cloudLine("sip.example.com");
        RegistrationStatus status = service.status(caller, line.regId());
        assertEquals(RegistrationResult.Outcome.SUCCESS, status.result().outcome());
        assertEquals(200, status.result().statusCode());
        assertEquals(CLOCK.instant(), status.lastUpdated());
        assertEquals(List.of("200 "), writes);
        assertEquals(200, memory.find(line.owner(), line.configId()).orElseThrow().registrationStatusCode());

        service.status(caller, line.regId());
        assertEquals(List.of("200 "), writes, "an unchanged outcome is not written again");
    }

    @Test
    void anUnresolvableHostIsAnErrorOutcome() {
        SipLine line = cloudLine("pbx.provider.invalid:5060");
        RegistrationStatus status = service.status(caller, line.regId());
        assertEquals(RegistrationResult.Outcome.ERROR, status.result().outcome());
        assertEquals(502, status.result().statusCode());
        assertEquals(List.of("502 Unable to resolve hostname"), writes);
    }

    @Test
    void onlyTheOwnersCloudLinesAreFound() {
        SipLine line = cloudLine("sip.example.com");
        assertThrows(RegistrationNotFound.class, () -> service.status(Fixtures.webhook(portal), line.regId()));
        assertThrows(RegistrationNotFound.class, () -> service.status(Fixtures.application(Fixtures.portal(), "app.a"),
                line.regId()));
        assertThrows(RegistrationNotFound.class, () -> service.status(caller, line.regId() + 1));
        assertThrows(RegistrationNotFound.class, () -> service.status(caller, 0));
        assertTrue(writes.isEmpty());
    }

    @Test
    void aLineDeletedBetweenTheReadAndTheWriteIsNotFoundAndNotResurrected() {
        SipLine line = cloudLine("sip.example.com");
        beforeWrite = () -> lines.delete(caller, line.configId());
        assertThrows(RegistrationNotFound.class, () -> service.status(caller, line.regId()));
        assertEquals(Optional.empty(), memory.find(line.owner(), line.configId()));
    }

    /** The in-memory store, noting each registration write (and running a concurrent writer before it). */
    private final class CountingStore implements SipLineStore {
        @Override
        public boolean recordRegistration(SipLine line, int statusCode, String errorMessage) {
            beforeWrite.run();
            writes.add(statusCode + " " + errorMessage);
            return memory.recordRegistration(line, statusCode, errorMessage);
        }

        @Override
        public Optional<SipLine> findByRegistration(String portalId, long regId) {
            return memory.findByRegistration(portalId, regId);
        }

        @Override
        public SipLineIds allocateIds(String portalId, boolean cloud) {
            return memory.allocateIds(portalId, cloud);
        }

        @Override
        public void insert(SipLine line, int cloudLimit) {
            memory.insert(line, cloudLimit);
        }

        @Override
        public Optional<SipLine> find(LineOwner owner, long configId) {
            return memory.find(owner, configId);
        }

        @Override
        public List<SipLine> list(LineOwner owner, ConfigIdRange configIds) {
            return memory.list(owner, configIds);
        }

        @Override
        public boolean update(SipLine current, SipLineChange change) {
            return memory.update(current, change);
        }

        @Override
        public boolean delete(SipLine current) {
            return memory.delete(current);
        }
    }
}
