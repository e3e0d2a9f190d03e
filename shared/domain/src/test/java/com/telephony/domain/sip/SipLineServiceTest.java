package com.telephony.domain.sip;

import com.telephony.domain.Fixtures;
import com.telephony.domain.tenancy.Caller;
import com.telephony.domain.tenancy.Portal;
import com.telephony.store.memory.InMemorySipLineStore;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SIP line use cases over the in-memory store: the same conditional writes as DynamoDB, no engine. */
class SipLineServiceTest {
    private final InMemorySipLineStore store = new InMemorySipLineStore();
    private final SipLineService service = new SipLineService(store, portal -> "in." + portal.slug() + ".example");
    private final Portal portal = Fixtures.portal();
    private final Caller webhook = Fixtures.webhook(portal);
    private final Caller app = Fixtures.application(portal, "app.a");

    private static SipLineDraft draft(String type, String title) {
        return new SipLineDraft(type, title, "https://sip.example.com", " user ", " pw ");
    }

    @Test
    void aCloudLineIsNormalisedAndStored() {
        SipLine line = service.add(app, draft(null, " Main "));
        assertEquals(SipLineType.CLOUD, line.type());
        assertEquals("Main", line.title());
        assertEquals("sip.example.com", line.server());
        assertEquals("user", line.login());
        assertEquals("pw", line.password());
        assertTrue(line.regId() > SipLineIds.REG_ID_BASE);
        assertNull(line.incomingServer());
        assertNull(line.registrationStatusCode());
        assertEquals(line, store.find(LineOwner.of(app), line.configId()).orElseThrow());
    }

    @Test
    void anOfficeLineGetsIncomingCredentialsAndIsStoredAsRegistered() {
        SipLine line = service.add(webhook, draft("OFFICE", null));
        assertEquals(SipLineType.OFFICE, line.type());
        assertEquals("", line.title());
        assertNull(line.regId());
        assertEquals("in.acme.example", line.incomingServer());
        assertEquals("sip" + line.configId(), line.incomingLogin());
        assertTrue(line.incomingPassword().matches("[0-9a-f]{32}"));
        assertNull(line.registrationStatusCode(), "the add answer shows no status yet");
        assertEquals(0, store.find(LineOwner.of(webhook), line.configId()).orElseThrow().registrationStatusCode());
    }

    @Test
    void theCloudLimitIsTheServicesAndCountsEveryOwner() {
        for (int i = 0; i < SipLineService.MAX_CLOUD_LINES; i++) {
            service.add(i % 2 == 0 ? webhook : app, draft(null, null));
        }
        CloudLineLimitReached reached = assertThrows(CloudLineLimitReached.class, () -> service.add(app, draft("cloud", null)));
        assertEquals(SipLineService.MAX_CLOUD_LINES, reached.limit());
        service.add(app, draft("office", null));
    }

    @Test
    void badFieldsAndTakenTitlesAreRefusedBeforeAnythingIsStored() {
        assertThrows(InvalidSipLineFields.class, () -> service.add(app, new SipLineDraft(null, null, null, null, null)));
        service.add(webhook, draft(null, "Desk"));
        assertThrows(SipLineTitleTaken.class, () -> service.add(app, draft(null, "desk ")));
        assertEquals(List.of(), store.list(LineOwner.of(app), ConfigIdRange.ALL));
    }

    @Test
    void updateChangesOnlyTheCallersOwnLine() {
        SipLine line = service.add(app, draft(null, "Old"));
        assertThrows(SipLineNotFound.class, () -> service.update(webhook, line.configId(), draft(null, "New")));
        assertThrows(SipLineNotFound.class, () -> service.update(app, 0, draft(null, "New")));
        service.update(app, line.configId(), new SipLineDraft(null, "New", null, null, null));
        assertEquals("New", store.find(LineOwner.of(app), line.configId()).orElseThrow().title());
    }

    @Test
    void anUpdateWithNothingToChangeSucceedsWithoutCheckingFields() {
        SipLine line = service.add(app, draft(null, "Same"));
        service.update(app, line.configId(), new SipLineDraft("bogus", null, null, null, null));
        assertEquals(line, store.find(LineOwner.of(app), line.configId()).orElseThrow());
        assertThrows(InvalidSipLineFields.class,
                () -> service.update(app, line.configId(), new SipLineDraft(null, null, "", null, null)));
    }

    @Test
    void anUpdateRacingARenameRereadsAndWins() {
        SipLine line = service.add(app, draft(null, "First"));
        AtomicInteger renames = new AtomicInteger();
        // A concurrent writer renames the line between the service's read and its write, once.
        SipLineStore racing = new RacingStore(store, () -> {
            if (renames.getAndIncrement() == 0) {
                SipLine current = store.find(LineOwner.of(app), line.configId()).orElseThrow();
                store.update(current, new SipLineChange("Concurrent", null, null, null));
            }
        });
        new SipLineService(racing, portal -> "x").update(app, line.configId(), new SipLineDraft(null, "Mine", null, null, null));
        assertEquals("Mine", store.find(LineOwner.of(app), line.configId()).orElseThrow().title());
        assertEquals(2, renames.get(), "the first write was refused and retried on a fresh read");
        service.add(app, draft(null, "Concurrent"));
    }

    @Test
    void anUpdateGivesUpOnALineThatNeverStopsChanging() {
        SipLine line = service.add(app, draft(null, "T0"));
        AtomicInteger n = new AtomicInteger();
        SipLineStore racing = new RacingStore(store, () -> {
            SipLine current = store.find(LineOwner.of(app), line.configId()).orElseThrow();
            store.update(current, new SipLineChange("T" + n.incrementAndGet(), null, null, null));
        });
        assertThrows(IllegalStateException.class, () -> new SipLineService(racing, portal -> "x")
                .update(app, line.configId(), new SipLineDraft(null, "Mine", null, null, null)));
        assertEquals(SipLineService.MAX_ATTEMPTS, n.get());
    }

    @Test
    void deleteFreesTheLineAndRetriesARacingRename() {
        SipLine line = service.add(app, draft(null, "Gone"));
        AtomicInteger renames = new AtomicInteger();
        SipLineStore racing = new RacingStore(store, () -> {
            if (renames.getAndIncrement() == 0) {
                SipLine current = store.find(LineOwner.of(app), line.configId()).orElseThrow();
                store.update(current, new SipLineChange("Renamed", null, null, null));
            }
        });
        new SipLineService(racing, portal -> "x").delete(app, line.configId());
        assertTrue(store.find(LineOwner.of(app), line.configId()).isEmpty());
        assertThrows(SipLineNotFound.class, () -> service.delete(app, line.configId()));
        service.add(app, draft(null, "Renamed"));
    }

    @Test
    void aDeleteGivesUpOnALineThatNeverStopsChanging() {
        SipLine line = service.add(app, draft(null, "D0"));
        AtomicInteger n = new AtomicInteger();
        SipLineStore racing = new RacingStore(store, () -> {
            SipLine current = store.find(LineOwner.of(app), line.configId()).orElseThrow();
            store.update(current, new SipLineChange("D" + n.incrementAndGet(), null, null, null));
        });
        assertThrows(IllegalStateException.class, () -> new SipLineService(racing, portal -> "x").delete(app, line.configId()));
    }

    /** The real in-memory store, with another writer's change run just before each conditional write. */
    private static final class RacingStore implements SipLineStore {
        private final SipLineStore delegate;
        private final Runnable concurrentWriter;

        RacingStore(SipLineStore delegate, Runnable concurrentWriter) {
            this.delegate = delegate;
            this.concurrentWriter = concurrentWriter;
        }

        @Override
        public boolean update(SipLine current, SipLineChange change) {
            concurrentWriter.run();
            return delegate.update(current, change);
        }

        @Override
        public boolean delete(SipLine current) {
            concurrentWriter.run();
            return delegate.delete(current);
        }

        @Override
        public SipLineIds allocateIds(String portalId, boolean cloud) {
            return delegate.allocateIds(portalId, cloud);
        }

        @Override
        public void insert(SipLine line, int cloudLimit) {
            delegate.insert(line, cloudLimit);
        }

        @Override
        public java.util.Optional<SipLine> find(LineOwner owner, long configId) {
            return delegate.find(owner, configId);
        }

        @Override
        public List<SipLine> list(LineOwner owner, ConfigIdRange configIds) {
            return delegate.list(owner, configIds);
        }

        @Override
        public java.util.Optional<SipLine> findByRegistration(String portalId, long regId) {
            return delegate.findByRegistration(portalId, regId);
        }

        @Override
        public boolean recordRegistration(SipLine line, int statusCode, String errorMessage) {
            return delegate.recordRegistration(line, statusCode, errorMessage);
        }
    }
}
