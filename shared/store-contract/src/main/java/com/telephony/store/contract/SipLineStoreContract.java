package com.telephony.store.contract;

import com.telephony.domain.ConcurrentAllocation;
import com.telephony.domain.sip.CloudLineLimitReached;
import com.telephony.domain.sip.ConfigIdRange;
import com.telephony.domain.sip.LineOwner;
import com.telephony.domain.sip.SipLine;
import com.telephony.domain.sip.SipLineChange;
import com.telephony.domain.sip.SipLineIds;
import com.telephony.domain.sip.SipLineStore;
import com.telephony.domain.sip.SipLineTitleTaken;
import com.telephony.domain.sip.SipLineType;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every {@link SipLineStore} must do (docs/storage.md): portal-wide unique identifiers, the cloud-line limit and
 * the unique titles enforced atomically with the write, conditional updates and deletes, and each owner's lines
 * visible to that owner only. Every test works in portals of its own, so an adapter may share one database between
 * tests.
 */
public abstract class SipLineStoreContract {
    /** The limit the tests pass to {@code insert}; the stores take it as an argument and keep no number of their own. */
    protected static final int LIMIT = 10;

    /** The store under test; called once per use, so an adapter may build it once per class or per test. */
    protected abstract SipLineStore sipLines();

    protected static String newPortal() {
        return "portal-" + UUID.randomUUID();
    }

    protected static LineOwner owner(String app) {
        return new LineOwner(newPortal(), app);
    }

    protected static SipLine line(LineOwner owner, long configId, SipLineType type, String title) {
        boolean cloud = type == SipLineType.CLOUD;
        return new SipLine(owner, configId, configId, type, cloud ? SipLineIds.REG_ID_BASE + configId : null, title,
                "s", "l", "pw", cloud ? null : "ip.x.example.com", cloud ? null : "sip" + configId,
                cloud ? null : "0".repeat(32), null, null, "N", "diversion;to", cloud ? null : 0, null);
    }

    /** A line with identifiers from the store itself, as the use case builds one. */
    protected SipLine allocated(LineOwner owner, SipLineType type, String title) {
        SipLineIds ids = sipLines().allocateIds(owner.portalId(), type == SipLineType.CLOUD);
        SipLine line = line(owner, ids.configId(), type, title);
        return new SipLine(owner, ids.id(), ids.configId(), type, ids.regId(), title, line.server(), line.login(),
                line.password(), line.incomingServer(), line.incomingLogin(), line.incomingPassword(), null, null,
                "N", "diversion;to", line.registrationStatusCode(), null);
    }

    private static List<Long> configIds(List<SipLine> lines) {
        return lines.stream().map(SipLine::configId).toList();
    }

    /** As the use case adds: read the next ids, claim them with the insert, read again if another add claimed them. */
    protected SipLine insertNew(LineOwner owner, SipLineType type, String title, int limit) {
        while (true) {
            SipLine line = allocated(owner, type, title);
            try {
                sipLines().insert(line, limit);
                return line;
            } catch (ConcurrentAllocation taken) {
                // nothing was written; the next read sees the winner's claim
            }
        }
    }

    @Test
    void readingTheNextIdentifiersClaimsNothingAndOnlyAnInsertClaimsThem() {
        LineOwner owner = owner("");
        SipLineIds first = sipLines().allocateIds(owner.portalId(), true);
        assertEquals(first, sipLines().allocateIds(owner.portalId(), true), "a read alone uses no id up");
        SipLine winner = allocated(owner, SipLineType.CLOUD, "");
        SipLine loser = allocated(new LineOwner(owner.portalId(), "app.b"), SipLineType.OFFICE, "");
        assertEquals(winner.configId(), loser.configId());
        sipLines().insert(winner, LIMIT);
        assertThrows(ConcurrentAllocation.class, () -> sipLines().insert(loser, LIMIT));
        assertEquals(Optional.empty(), sipLines().find(loser.owner(), loser.configId()), "the lost claim wrote nothing");
        SipLine refused = allocated(owner, SipLineType.CLOUD, "Taken");
        sipLines().insert(allocated(owner, SipLineType.OFFICE, "taken"), LIMIT);
        assertThrows(ConcurrentAllocation.class, () -> sipLines().insert(refused, LIMIT),
                "the claim is checked first, before the title");
        SipLine next = allocated(owner, SipLineType.CLOUD, "taken");
        assertThrows(SipLineTitleTaken.class, () -> sipLines().insert(next, LIMIT));
        assertEquals(next.configId(), sipLines().allocateIds(owner.portalId(), true).configId(),
                "a refused insert uses no id up");
    }

    @Test
    void identifiersAreUniqueUnderConcurrencyAndOnlyCloudLinesGetARegistration() throws Exception {
        String portal = newPortal();
        List<Race.Outcome<SipLine>> outcomes = Race.run(20,
                i -> insertNew(new LineOwner(portal, "app." + (i % 3)), SipLineType.CLOUD, "", 1000));
        Set<Long> ids = new HashSet<>();
        Set<Long> configIds = new HashSet<>();
        Set<Long> regIds = new HashSet<>();
        for (Race.Outcome<SipLine> outcome : outcomes) {
            assertTrue(outcome.succeeded(), () -> "add failed: " + outcome.failure());
            ids.add(outcome.result().id());
            configIds.add(outcome.result().configId());
            regIds.add(outcome.result().regId());
            assertTrue(outcome.result().configId() > 0);
            assertTrue(outcome.result().regId() > SipLineIds.REG_ID_BASE, "REG_IDs lie above the base");
        }
        assertEquals(20, ids.size());
        assertEquals(20, configIds.size());
        assertEquals(20, regIds.size());
        SipLineIds office = sipLines().allocateIds(portal, false);
        assertNull(office.regId(), "office lines get no REG_ID");
        assertFalse(configIds.contains(office.configId()));
    }

    @Test
    void anInsertedLineRoundTripsAndIsFoundOnlyByItsOwner() {
        LineOwner owner = owner("app.a");
        SipLine line = allocated(owner, SipLineType.OFFICE, "Office");
        sipLines().insert(line, LIMIT);

        assertEquals(Optional.of(line), sipLines().find(owner, line.configId()));
        assertEquals(Optional.empty(), sipLines().find(new LineOwner(owner.portalId(), "app.b"), line.configId()));
        assertEquals(Optional.empty(), sipLines().find(new LineOwner(owner.portalId(), ""), line.configId()));
        assertEquals(Optional.empty(), sipLines().find(new LineOwner(newPortal(), "app.a"), line.configId()));
        assertEquals(Optional.empty(), sipLines().find(owner, line.configId() + 1000));
    }

    @Test
    void insertingTheSameIdentifiersTwiceIsRefused() {
        LineOwner owner = owner("");
        SipLine line = line(owner, 3, SipLineType.OFFICE, "");
        sipLines().insert(line, LIMIT);
        assertThrows(ConcurrentAllocation.class, () -> sipLines().insert(line, LIMIT), "its ids are claimed already");
        assertEquals(Optional.of(line), sipLines().find(owner, 3));
    }

    @Test
    void theCloudLimitCountsEveryApplicationAndIsCheckedBeforeTheTitle() {
        String portal = newPortal();
        sipLines().insert(allocated(new LineOwner(portal, ""), SipLineType.CLOUD, "taken"), 2);
        sipLines().insert(allocated(new LineOwner(portal, "app.x"), SipLineType.CLOUD, ""), 2);
        assertThrows(CloudLineLimitReached.class,
                () -> sipLines().insert(allocated(new LineOwner(portal, ""), SipLineType.CLOUD, "TAKEN"), 2));
        assertThrows(SipLineTitleTaken.class,
                () -> sipLines().insert(allocated(new LineOwner(portal, ""), SipLineType.OFFICE, "TAKEN"), 2));
        sipLines().insert(allocated(new LineOwner(portal, ""), SipLineType.OFFICE, "office lines are unlimited"), 2);
        sipLines().insert(allocated(new LineOwner(newPortal(), ""), SipLineType.CLOUD, "taken"), 2);
    }

    @Test
    void titlesAreUniquePerPortalAcrossApplicationsIgnoringCaseAndOuterSpaces() {
        String portal = newPortal();
        sipLines().insert(allocated(new LineOwner(portal, "app.a"), SipLineType.OFFICE, "Front Desk"), LIMIT);
        assertThrows(SipLineTitleTaken.class,
                () -> sipLines().insert(allocated(new LineOwner(portal, "app.b"), SipLineType.OFFICE, "front desk"), LIMIT));
        assertThrows(SipLineTitleTaken.class,
                () -> sipLines().insert(allocated(new LineOwner(portal, ""), SipLineType.OFFICE, " FRONT DESK "), LIMIT));
        sipLines().insert(allocated(new LineOwner(portal, ""), SipLineType.OFFICE, ""), LIMIT);
        sipLines().insert(allocated(new LineOwner(portal, ""), SipLineType.OFFICE, ""), LIMIT);
        sipLines().insert(allocated(new LineOwner(newPortal(), "app.b"), SipLineType.OFFICE, "Front Desk"), LIMIT);
    }

    @Test
    void aRefusedInsertLeavesNothingBehind() {
        String portal = newPortal();
        LineOwner owner = new LineOwner(portal, "");
        sipLines().insert(allocated(owner, SipLineType.OFFICE, "dup"), LIMIT);
        SipLine rejected = allocated(owner, SipLineType.CLOUD, "dup");
        assertThrows(SipLineTitleTaken.class, () -> sipLines().insert(rejected, LIMIT));
        assertEquals(Optional.empty(), sipLines().find(owner, rejected.configId()));
        assertEquals(Optional.empty(), sipLines().findByRegistration(portal, rejected.regId()));
        for (int i = 0; i < LIMIT; i++) {
            sipLines().insert(allocated(owner, SipLineType.CLOUD, "c" + i), LIMIT);
        }
        assertThrows(CloudLineLimitReached.class, () -> sipLines().insert(allocated(owner, SipLineType.CLOUD, ""), LIMIT));
    }

    @Test
    void listReadsOnlyTheOwnersLinesWithinTheConfigIdBoundsInConfigIdOrder() {
        LineOwner owner = owner("app");
        LineOwner neighbour = new LineOwner(owner.portalId(), "other.app");
        for (long id = 1; id <= 12; id++) {
            sipLines().insert(line(id % 2 == 0 ? owner : neighbour, id, SipLineType.OFFICE, ""), LIMIT);
        }
        assertEquals(List.of(2L, 4L, 6L, 8L, 10L, 12L), configIds(sipLines().list(owner, ConfigIdRange.ALL)));
        assertEquals(List.of(4L, 6L), configIds(sipLines().list(owner, new ConfigIdRange(3, 7))));
        assertEquals(List.of(4L), configIds(sipLines().list(owner, new ConfigIdRange(4, 4))));
        assertEquals(List.of(10L, 12L), configIds(sipLines().list(owner, ConfigIdRange.atLeast(10))),
                "an open upper bound is clamped, not overflowed");
        assertEquals(List.of(), sipLines().list(owner, new ConfigIdRange(Long.MIN_VALUE, 0)));
        assertEquals(List.of(), sipLines().list(owner, ConfigIdRange.NONE));
        assertEquals(List.of(), sipLines().list(owner("app"), ConfigIdRange.ALL), "another portal has none");
        assertEquals(sipLines().find(owner, 6).orElseThrow(), sipLines().list(owner, new ConfigIdRange(6, 6)).get(0));
    }

    @Test
    void aTitleChangeMovesTheGuardOnlyIfTheTitleIsStillTheOneRead() {
        LineOwner owner = owner("");
        SipLine line = line(owner, 1, SipLineType.OFFICE, "First");
        sipLines().insert(line, LIMIT);

        assertTrue(sipLines().update(line, new SipLineChange("Second", null, null, null)));
        assertEquals("Second", sipLines().find(owner, 1).orElseThrow().title());
        assertFalse(sipLines().update(line, new SipLineChange("Third", null, null, null)), "stale: the title is no longer First");
        assertFalse(sipLines().update(line, new SipLineChange("FIRST", null, null, null)), "a same-key rewrite of a stale title too");
        assertEquals("Second", sipLines().find(owner, 1).orElseThrow().title());

        sipLines().insert(line(owner, 2, SipLineType.OFFICE, "first"), LIMIT);
        sipLines().insert(line(owner, 3, SipLineType.OFFICE, "third"), LIMIT);
        assertThrows(SipLineTitleTaken.class, () -> sipLines().insert(line(owner, 4, SipLineType.OFFICE, "second"), LIMIT));

        SipLine current = sipLines().find(owner, 1).orElseThrow();
        assertThrows(SipLineTitleTaken.class, () -> sipLines().update(current, new SipLineChange(" Third ", null, null, null)));
        assertEquals(current, sipLines().find(owner, 1).orElseThrow(), "a refused rename changes nothing");
        assertTrue(sipLines().update(current, new SipLineChange("SECOND", null, null, null)), "its own title, recased");
        assertEquals("SECOND", sipLines().find(owner, 1).orElseThrow().title());
        assertTrue(sipLines().update(sipLines().find(owner, 1).orElseThrow(), new SipLineChange("", null, null, null)));
        sipLines().insert(line(owner, 5, SipLineType.OFFICE, "Second"), LIMIT);
    }

    @Test
    void anUpdateWritesOnlyTheChangedFieldsAndACredentialChangeResetsTheRegistration() {
        LineOwner owner = owner("");
        SipLine line = line(owner, 1, SipLineType.CLOUD, "");
        sipLines().insert(line, LIMIT);
        assertTrue(sipLines().recordRegistration(line, 200, ""));
        SipLine stale = line(owner, 1, SipLineType.CLOUD, "");
        assertTrue(sipLines().update(stale, new SipLineChange(null, null, "new-login", null)));
        SipLine stored = sipLines().find(owner, 1).orElseThrow();
        assertEquals("new-login", stored.login());
        assertEquals("s", stored.server());
        assertEquals("pw", stored.password());
        assertEquals(0, stored.registrationStatusCode(), "a login change resets the registration");
        assertEquals("", stored.registrationErrorMessage());

        assertTrue(sipLines().recordRegistration(stored, 200, ""));
        assertTrue(sipLines().update(stored, new SipLineChange("Titled", null, null, null)));
        assertEquals(200, sipLines().find(owner, 1).orElseThrow().registrationStatusCode(), "a title change does not");
        assertTrue(sipLines().update(stored, new SipLineChange(null, "s2", null, "pw2")));
        SipLine last = sipLines().find(owner, 1).orElseThrow();
        assertEquals(List.of("Titled", "s2", "new-login", "pw2", 0), List.of(last.title(), last.server(), last.login(),
                last.password(), last.registrationStatusCode()));
        assertFalse(sipLines().update(line(owner("") , 1, SipLineType.CLOUD, ""), new SipLineChange(null, "x", null, null)),
                "a line that does not exist is not created");
    }

    @Test
    void deleteFreesEverythingTheLineHeldAndOnlyIfUnchanged() {
        LineOwner owner = owner("app");
        String portal = owner.portalId();
        for (int i = 0; i < LIMIT - 1; i++) {
            sipLines().insert(allocated(new LineOwner(portal, ""), SipLineType.CLOUD, ""), LIMIT);
        }
        SipLine line = allocated(owner, SipLineType.CLOUD, "Cloud One");
        sipLines().insert(line, LIMIT);
        assertThrows(CloudLineLimitReached.class, () -> sipLines().insert(allocated(owner, SipLineType.CLOUD, ""), LIMIT));

        SipLine staleTitle = new SipLine(owner, line.id(), line.configId(), line.type(), line.regId(), "Not the title",
                "s", "l", "pw", null, null, null, null, null, "N", "diversion;to", null, null);
        assertFalse(sipLines().delete(staleTitle));
        assertTrue(sipLines().find(owner, line.configId()).isPresent());
        assertFalse(sipLines().delete(new SipLine(new LineOwner(portal, "app.other"), line.id(), line.configId(),
                line.type(), line.regId(), line.title(), "s", "l", "pw", null, null, null, null, null, "N", "diversion;to",
                null, null)), "another owner's key holds nothing");

        assertTrue(sipLines().delete(line));
        assertEquals(Optional.empty(), sipLines().find(owner, line.configId()));
        assertEquals(Optional.empty(), sipLines().findByRegistration(portal, line.regId()));
        assertFalse(sipLines().delete(line), "already gone");
        sipLines().insert(allocated(new LineOwner(portal, "app.b"), SipLineType.CLOUD, "cloud one"), LIMIT);
    }

    @Test
    void registrationPointersLeadToTheLineOfWhicheverOwner() {
        LineOwner owner = owner("app.a");
        SipLine line = line(owner, 7, SipLineType.CLOUD, "");
        sipLines().insert(line, LIMIT);
        assertEquals(Optional.of(line), sipLines().findByRegistration(owner.portalId(), line.regId()));
        assertEquals(Optional.empty(), sipLines().findByRegistration(owner.portalId(), line.regId() + 1));
        assertEquals(Optional.empty(), sipLines().findByRegistration(newPortal(), line.regId()), "another portal");

        assertTrue(sipLines().recordRegistration(line, 502, "Unable to resolve hostname"));
        SipLine stored = sipLines().find(owner, 7).orElseThrow();
        assertEquals(502, stored.registrationStatusCode());
        assertEquals("Unable to resolve hostname", stored.registrationErrorMessage());
        assertEquals(Optional.of(stored), sipLines().findByRegistration(owner.portalId(), line.regId()));

        assertTrue(sipLines().delete(stored));
        assertFalse(sipLines().recordRegistration(line, 200, ""), "no write resurrects a deleted line");
        assertEquals(Optional.empty(), sipLines().find(owner, 7));
    }

    // ---- invariants under concurrency ----

    @Test
    void twentyParallelCloudAddsAtNineLinesLeaveExactlyTen() throws Exception {
        String portal = newPortal();
        for (int i = 0; i < 9; i++) {
            sipLines().insert(allocated(new LineOwner(portal, i % 2 == 0 ? "" : "app.a"), SipLineType.CLOUD, ""), LIMIT);
        }
        List<Race.Outcome<SipLine>> outcomes = Race.run(20,
                i -> insertNew(new LineOwner(portal, "app." + (i % 3)), SipLineType.CLOUD, "racer " + i, LIMIT));
        Race.assertOnly(outcomes, CloudLineLimitReached.class);
        assertEquals(1, Race.successes(outcomes), "exactly one of the twenty fits");
        long stored = java.util.stream.LongStream.rangeClosed(1, 40).filter(configId -> java.util.stream.IntStream.range(0, 3)
                .anyMatch(app -> sipLines().find(new LineOwner(portal, "app." + app), configId).isPresent())).count();
        assertEquals(1, stored, "only the winner was written");
        assertThrows(CloudLineLimitReached.class,
                () -> sipLines().insert(allocated(new LineOwner(portal, ""), SipLineType.CLOUD, ""), LIMIT));
    }

    @Test
    void parallelAddsWithOneTitleLeaveOneLine() throws Exception {
        String portal = newPortal();
        List<Race.Outcome<SipLine>> outcomes = Race.run(12, i -> insertNew(new LineOwner(portal, "app." + (i % 4)),
                i % 2 == 0 ? SipLineType.OFFICE : SipLineType.CLOUD, i % 3 == 0 ? "Same Title" : "same title ", LIMIT));
        Race.assertOnly(outcomes, SipLineTitleTaken.class);
        assertEquals(1, Race.successes(outcomes));
        SipLine winner = outcomes.stream().filter(Race.Outcome::succeeded).findFirst().orElseThrow().result();
        long stored = java.util.stream.LongStream.rangeClosed(1, 24).filter(configId -> java.util.stream.IntStream.range(0, 4)
                .anyMatch(app -> sipLines().find(new LineOwner(portal, "app." + app), configId).isPresent())).count();
        assertEquals(1, stored, "only the winner was written");
        // The losers' cloud slots were not consumed: nine more cloud lines fit beside a cloud winner, ten otherwise.
        int free = winner.isCloud() ? LIMIT - 1 : LIMIT;
        for (int i = 0; i < free; i++) {
            sipLines().insert(allocated(new LineOwner(portal, ""), SipLineType.CLOUD, ""), LIMIT);
        }
        assertThrows(CloudLineLimitReached.class,
                () -> sipLines().insert(allocated(new LineOwner(portal, ""), SipLineType.CLOUD, ""), LIMIT));
    }

    @Test
    void parallelUpdatesOfDifferentFieldsAreAllKept() throws Exception {
        LineOwner owner = owner("");
        SipLine line = line(owner, 1, SipLineType.OFFICE, "Before");
        sipLines().insert(line, LIMIT);
        List<SipLineChange> changes = List.of(
                new SipLineChange("After", null, null, null),
                new SipLineChange(null, "server.after", null, null),
                new SipLineChange(null, null, "login-after", null),
                new SipLineChange(null, null, null, "password-after"));
        List<Race.Outcome<Boolean>> outcomes = Race.run(changes.size(), i -> {
            // Each writer re-reads and retries on a refused write, as the use case does.
            SipLine current = line;
            for (int attempt = 0; attempt < 50; attempt++) {
                if (sipLines().update(current, changes.get(i))) {
                    return true;
                }
                current = sipLines().find(owner, 1).orElseThrow();
            }
            return false;
        });
        outcomes.forEach(outcome -> assertEquals(Boolean.TRUE, outcome.result(), () -> "failed: " + outcome.failure()));
        SipLine stored = sipLines().find(owner, 1).orElseThrow();
        assertEquals(List.of("After", "server.after", "login-after", "password-after"),
                List.of(stored.title(), stored.server(), stored.login(), stored.password()), "no update was lost");
    }

    @Test
    void parallelRenamesOfOneLineLeaveExactlyTheWinnersTitleTaken() throws Exception {
        LineOwner owner = owner("");
        SipLine line = line(owner, 1, SipLineType.OFFICE, "Start");
        sipLines().insert(line, LIMIT);
        int racers = 8;
        List<Race.Outcome<Boolean>> outcomes = Race.run(racers, i -> {
            SipLine current = line;
            for (int attempt = 0; attempt < 100; attempt++) {
                if (sipLines().update(current, new SipLineChange("Title " + i, null, null, null))) {
                    return true;
                }
                current = sipLines().find(owner, 1).orElseThrow();
            }
            return false;
        });
        outcomes.forEach(outcome -> assertEquals(Boolean.TRUE, outcome.result(), () -> "failed: " + outcome.failure()));
        String last = sipLines().find(owner, 1).orElseThrow().title();
        // Every title but the one the line holds must be free again: no guard was stranded by the race.
        long configId = 100;
        for (int i = 0; i < racers; i++) {
            SipLine probe = line(owner, configId++, SipLineType.OFFICE, "title " + i);
            if (last.equals("Title " + i)) {
                assertThrows(SipLineTitleTaken.class, () -> sipLines().insert(probe, LIMIT));
            } else {
                sipLines().insert(probe, LIMIT);
            }
        }
        sipLines().insert(line(owner, configId, SipLineType.OFFICE, "Start"), LIMIT);
    }

    @Test
    void parallelDeletesOfOneCloudLineFreeItsSlotOnce() throws Exception {
        String portal = newPortal();
        LineOwner owner = new LineOwner(portal, "");
        SipLine victim = allocated(owner, SipLineType.CLOUD, "victim");
        sipLines().insert(victim, LIMIT);
        for (int i = 1; i < LIMIT; i++) {
            sipLines().insert(allocated(owner, SipLineType.CLOUD, ""), LIMIT);
        }
        List<Race.Outcome<Boolean>> outcomes = Race.run(8, i -> sipLines().delete(victim));
        Race.assertNoFailures(outcomes);
        assertEquals(1, outcomes.stream().filter(outcome -> Boolean.TRUE.equals(outcome.result())).count());
        sipLines().insert(allocated(owner, SipLineType.CLOUD, "victim"), LIMIT);
        assertThrows(CloudLineLimitReached.class, () -> sipLines().insert(allocated(owner, SipLineType.CLOUD, ""), LIMIT));
    }
}
