package com.telephony.domain.sip;

import com.telephony.domain.tenancy.AuthType;
import com.telephony.domain.tenancy.Caller;
import com.telephony.domain.tenancy.Portal;
import com.telephony.domain.tenancy.PortalUser;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * When sip.status writes. The store behind it is a plain in-memory stand-in that records the writes it is asked for;
 * the DynamoDB store's own behaviour (conditional update, no resurrection) is tested on a real engine in
 * DynamoDbSipLineStoreTest, and sip.status end to end in SipStatusHandlerTest.
 */
class SipRegistrationServiceTest {
    private static final Caller CALLER = new Caller(new Portal("p1", "p1.example", "m1", "p1", ZoneId.of("UTC")),
            new PortalUser("p1", 1, "Admin", true, true), AuthType.WEBHOOK, Caller.NO_APPLICATION, Set.of("telephony"));
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void aNewOutcomeIsWritten() {
        RecordingStore store = new RecordingStore(line("sip.example.com", 0, ""), true);
        RegistrationStatus status = new SipRegistrationService(store, CLOCK).status(CALLER, 150001);
        assertEquals(200, status.result().statusCode());
        assertEquals(List.of("200 "), store.writes);
    }

    @Test
    void anOutcomeAlreadyRecordedIsNotWrittenAgain() {
        RecordingStore store = new RecordingStore(line("sip.example.com", 200, ""), true);
        RegistrationStatus status = new SipRegistrationService(store, CLOCK).status(CALLER, 150001);
        assertEquals(RegistrationResult.Outcome.SUCCESS, status.result().outcome());
        assertTrue(store.writes.isEmpty(), "polling an unchanged registration writes nothing");
    }

    @Test
    void aChangedMessageIsWritten() {
        RecordingStore store = new RecordingStore(line("pbx.invalid", 502, "an older message"), true);
        new SipRegistrationService(store, CLOCK).status(CALLER, 150001);
        assertEquals(List.of("502 Unable to resolve hostname"), store.writes);
    }

    @Test
    void aLineDeletedBeforeTheWriteIsNotFound() {
        RecordingStore store = new RecordingStore(line("sip.example.com", 0, ""), false);
        SipRegistrationService service = new SipRegistrationService(store, CLOCK);
        assertThrows(RegistrationNotFound.class, () -> service.status(CALLER, 150001));
    }

    private static SipLine line(String server, int statusCode, String message) {
        return new SipLine(LineOwner.of(CALLER), 1, 1, SipLineType.CLOUD, 150001L, "Line", server, "login", "secret",
                null, null, null, null, null, SipLine.DEFAULT_DETECT_LINE_NUMBER, SipLine.DEFAULT_HEADER_ORDER,
                statusCode, message);
    }

    /** Finds its one line by REG_ID and records the registration writes; everything else is not sip.status's. */
    private static final class RecordingStore implements SipLineStore {
        private final SipLine line;
        private final boolean lineStillExists;
        private final List<String> writes = new ArrayList<>();

        RecordingStore(SipLine line, boolean lineStillExists) {
            this.line = line;
            this.lineStillExists = lineStillExists;
        }

        @Override
        public Optional<SipLine> findByRegistration(String portalId, long regId) {
            return Optional.of(line).filter(l -> l.regId() == regId && l.owner().portalId().equals(portalId));
        }

        @Override
        public boolean recordRegistration(SipLine current, int statusCode, String errorMessage) {
            writes.add(statusCode + " " + errorMessage);
            return lineStillExists;
        }

        @Override
        public SipLineIds allocateIds(String portalId, boolean cloud) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void insert(SipLine line, int cloudLimit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<SipLine> find(LineOwner owner, long configId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<SipLine> list(LineOwner owner, ConfigIdRange configIds) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean update(SipLine current, SipLineChange change) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean delete(SipLine current) {
            throw new UnsupportedOperationException();
        }
    }
}
