package com.telephony.store.contract;

import com.telephony.domain.ConcurrentAllocation;
import com.telephony.domain.extline.ExternalLine;
import com.telephony.domain.extline.ExternalLineExists;
import com.telephony.domain.extline.ExternalLineNotFound;
import com.telephony.domain.extline.ExternalLineOwner;
import com.telephony.domain.extline.ExternalLineStore;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every {@link ExternalLineStore} must do: unique numbers per owner (portal and application), single-step
 * conditional writes that never bring a deleted line back, and each owner's lines visible to that owner only.
 */
public abstract class ExternalLineStoreContract {
    protected abstract ExternalLineStore externalLines();

    private static ExternalLineOwner owner(String app) {
        return new ExternalLineOwner("portal-" + UUID.randomUUID(), app);
    }

    private ExternalLine newLine(ExternalLineOwner owner, String number, String name) {
        return new ExternalLine(owner, externalLines().allocateId(owner.portalId()), number, name, false);
    }

    /** As the use case adds: read the next id, claim it with the insert, read again if another add claimed it. */
    private ExternalLine insertNew(ExternalLineOwner owner, String number, String name) {
        while (true) {
            ExternalLine line = newLine(owner, number, name);
            try {
                externalLines().insert(line);
                return line;
            } catch (ConcurrentAllocation taken) {
                // nothing was written; the next read sees the winner's claim
            }
        }
    }

    @Test
    void readingTheNextIdClaimsNothingAndOnlyAnInsertClaimsIt() {
        ExternalLineOwner owner = owner("app");
        long first = externalLines().allocateId(owner.portalId());
        assertTrue(first > 0);
        assertEquals(first, externalLines().allocateId(owner.portalId()), "a read alone uses no id up");
        ExternalLine winner = new ExternalLine(owner, first, "100", "", false);
        ExternalLine loser = new ExternalLine(owner, first, "200", "", false);
        externalLines().insert(winner);
        assertThrows(ConcurrentAllocation.class, () -> externalLines().insert(loser));
        assertEquals(Optional.empty(), externalLines().find(owner, "200"), "the lost claim wrote nothing");
        ExternalLine refused = newLine(owner, "100", "duplicate");
        assertThrows(ExternalLineExists.class, () -> externalLines().insert(refused));
        assertEquals(refused.id(), externalLines().allocateId(owner.portalId()), "a refused insert uses no id up");
    }

    @Test
    void idsAreUniqueAndGrowUnderConcurrency() throws Exception {
        ExternalLineOwner owner = owner("app");
        List<Race.Outcome<Long>> outcomes = Race.run(16, i -> insertNew(owner, "n" + i, "").id());
        Race.assertNoFailures(outcomes);
        Set<Long> ids = new HashSet<>();
        outcomes.forEach(outcome -> ids.add(outcome.result()));
        assertEquals(16, ids.size());
        assertTrue(ids.stream().allMatch(id -> id > 0));
        long next = externalLines().allocateId(owner.portalId());
        assertTrue(ids.stream().allMatch(id -> id < next), "later ids are larger");
    }

    @Test
    void aLineRoundTripsAndIsVisibleToItsOwnerOnly() {
        ExternalLineOwner owner = owner("app.a");
        ExternalLine line = new ExternalLine(owner, externalLines().allocateId(owner.portalId()), "+15550001", "Desk", true);
        externalLines().insert(line);
        assertEquals(Optional.of(line), externalLines().find(owner, "+15550001"));
        assertEquals(Optional.empty(), externalLines().find(new ExternalLineOwner(owner.portalId(), "app.b"), "+15550001"));
        assertEquals(Optional.empty(), externalLines().find(new ExternalLineOwner("portal-" + UUID.randomUUID(), "app.a"),
                "+15550001"));
        assertEquals(Optional.empty(), externalLines().find(owner, "+1555000"));
        assertEquals(List.of(), externalLines().list(new ExternalLineOwner(owner.portalId(), "app.b")));
    }

    @Test
    void aNumberIsUniquePerOwnerOnly() {
        ExternalLineOwner owner = owner("app.a");
        externalLines().insert(newLine(owner, "100", "first"));
        assertThrows(ExternalLineExists.class, () -> externalLines().insert(newLine(owner, "100", "second")));
        assertEquals("first", externalLines().find(owner, "100").orElseThrow().name(), "the refused insert wrote nothing");
        externalLines().insert(newLine(new ExternalLineOwner(owner.portalId(), "app.b"), "100", "other app"));
        externalLines().insert(newLine(owner, "1000", "a longer number is another number"));
    }

    @Test
    void listIsOldestFirst() {
        ExternalLineOwner owner = owner("app");
        // ids are claimed in insert order, so oldest first is neither number nor name order
        ExternalLine b = insertNew(owner, "b-200", "z");
        ExternalLine a = insertNew(owner, "a-300", "y");
        ExternalLine c = insertNew(owner, "c-100", "x");
        assertEquals(List.of(b, a, c), externalLines().list(owner));
    }

    @Test
    void updateChangesOnlyTheGivenFieldsAndNeedsTheLine() {
        ExternalLineOwner owner = owner("app");
        ExternalLine line = new ExternalLine(owner, externalLines().allocateId(owner.portalId()), "200", "Name", false);
        externalLines().insert(line);

        ExternalLine renamed = externalLines().update(owner, "200", "Renamed", null);
        assertEquals(new ExternalLine(owner, line.id(), "200", "Renamed", false), renamed);
        ExternalLine flagged = externalLines().update(owner, "200", null, true);
        assertEquals(new ExternalLine(owner, line.id(), "200", "Renamed", true), flagged);
        assertEquals(Optional.of(flagged), externalLines().find(owner, "200"));

        ExternalLineNotFound missing = assertThrows(ExternalLineNotFound.class,
                () -> externalLines().update(owner, "201", "x", null));
        assertEquals("201", missing.number());
        assertThrows(ExternalLineNotFound.class,
                () -> externalLines().update(new ExternalLineOwner(owner.portalId(), "other"), "200", "x", null));
        assertEquals(Optional.empty(), externalLines().find(owner, "201"), "update never creates");
    }

    @Test
    void deleteNeedsTheLineAndRemovesIt() {
        ExternalLineOwner owner = owner("app");
        externalLines().insert(newLine(owner, "300", ""));
        assertThrows(ExternalLineNotFound.class,
                () -> externalLines().delete(new ExternalLineOwner(owner.portalId(), "other"), "300"));
        externalLines().delete(owner, "300");
        assertEquals(Optional.empty(), externalLines().find(owner, "300"));
        assertThrows(ExternalLineNotFound.class, () -> externalLines().delete(owner, "300"));
        externalLines().insert(newLine(owner, "300", "again"));
    }

    @Test
    void parallelInsertsOfOneNumberLeaveOneLine() throws Exception {
        ExternalLineOwner owner = owner("app");
        List<Race.Outcome<Boolean>> outcomes = Race.run(12, i -> {
            insertNew(owner, "777", "racer " + i);
            return true;
        });
        Race.assertOnly(outcomes, ExternalLineExists.class);
        assertEquals(1, Race.successes(outcomes));
        assertEquals(1, externalLines().list(owner).size());
    }

    @Test
    void updatesRacingADeleteNeverBringTheLineBack() throws Exception {
        ExternalLineOwner owner = owner("app");
        externalLines().insert(newLine(owner, "888", "before"));
        List<Race.Outcome<Boolean>> outcomes = Race.run(10, i -> {
            if (i == 0) {
                externalLines().delete(owner, "888");
            } else {
                externalLines().update(owner, "888", "racer " + i, i % 2 == 0 ? Boolean.TRUE : null);
            }
            return true;
        });
        Race.assertOnly(outcomes, ExternalLineNotFound.class);
        assertTrue(outcomes.get(0).succeeded(), "the delete found the line");
        assertEquals(Optional.empty(), externalLines().find(owner, "888"));
        assertEquals(List.of(), externalLines().list(owner));
    }

    @Test
    void parallelUpdatesOfDifferentFieldsAreBothKept() throws Exception {
        ExternalLineOwner owner = owner("app");
        externalLines().insert(newLine(owner, "999", "before"));
        Race.run(2, i -> i == 0 ? externalLines().update(owner, "999", "after", null)
                : externalLines().update(owner, "999", null, true));
        ExternalLine stored = externalLines().find(owner, "999").orElseThrow();
        assertEquals("after", stored.name());
        assertTrue(stored.crmAutoCreate());
    }
}
