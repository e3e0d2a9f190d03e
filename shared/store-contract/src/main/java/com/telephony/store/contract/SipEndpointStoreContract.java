package com.telephony.store.contract;

import com.telephony.domain.fabric.CallHandler;
import com.telephony.domain.fabric.Cipher;
import com.telephony.domain.fabric.Codec;
import com.telephony.domain.fabric.Encryption;
import com.telephony.domain.fabric.PageRequest;
import com.telephony.domain.fabric.SipEndpoint;
import com.telephony.domain.fabric.SipEndpointPage;
import com.telephony.domain.fabric.SipEndpointSettings;
import com.telephony.domain.fabric.SipEndpointStore;
import com.telephony.domain.fabric.SipEndpointUsernameTaken;
import com.telephony.domain.fabric.Uuids;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every {@link SipEndpointStore} must do: usernames unique per project (case-sensitive) however many writers
 * race, every replace and delete conditional on the version read, pages newest first in both directions, and each
 * project's endpoints visible to that project only.
 */
public abstract class SipEndpointStoreContract {
    private static final Instant T0 = Instant.parse("2024-05-06T12:20:00Z");

    protected abstract SipEndpointStore sipEndpoints();

    protected static SipEndpointSettings settings(String username) {
        return new SipEndpointSettings(username, "pw", "", "", List.of(Cipher.values()), List.of(Codec.OPUS),
                Encryption.DEFAULT, CallHandler.DEFAULT, null);
    }

    protected static SipEndpoint endpoint(String project, String username, Instant at) {
        return new SipEndpoint(project, Uuids.timeOrdered(at), settings(username), at, at, 1);
    }

    protected static SipEndpoint next(SipEndpoint current, SipEndpointSettings settings) {
        return new SipEndpoint(current.projectId(), current.id(), settings, current.createdAt(),
                current.updatedAt().plusSeconds(1), current.version() + 1);
    }

    private static String newProject() {
        return UUID.randomUUID().toString();
    }

    @Test
    void everyFieldRoundTripsWithinItsProject() {
        String project = newProject();
        SipEndpoint endpoint = new SipEndpoint(project, Uuids.timeOrdered(T0), new SipEndpointSettings("rt", "secret",
                "+1555", "Support", List.of(Cipher.AES_CM_128_HMAC_SHA1_32), List.of(Codec.H264, Codec.PCMU),
                Encryption.REQUIRED, CallHandler.RESOURCE, "993ed018-9e79-4e50-b97b-984bd5534095"),
                T0.plusMillis(7), T0.plusMillis(9), 3);
        sipEndpoints().insert(endpoint);
        assertEquals(Optional.of(endpoint), sipEndpoints().find(project, endpoint.id()));
        assertEquals(Optional.empty(), sipEndpoints().find(newProject(), endpoint.id()), "only in its own project");
        assertEquals(Optional.empty(), sipEndpoints().find(project, Uuids.timeOrdered(T0)));
    }

    @Test
    void aStaleReplaceOrDeleteIsRefusedAndChangesNothing() {
        String project = newProject();
        SipEndpoint original = endpoint(project, "stale", T0);
        sipEndpoints().insert(original);
        SipEndpoint first = next(original, settings("stale-renamed"));
        assertTrue(sipEndpoints().replace(original, first));

        assertFalse(sipEndpoints().replace(original, next(original, settings("other"))), "version 1 is gone");
        assertFalse(sipEndpoints().delete(original));
        assertEquals(Optional.of(first), sipEndpoints().find(project, original.id()));
        sipEndpoints().insert(endpoint(project, "stale", T0.plusMillis(1)));
        sipEndpoints().insert(endpoint(project, "other", T0.plusMillis(2)));
        assertThrows(SipEndpointUsernameTaken.class,
                () -> sipEndpoints().insert(endpoint(project, "stale-renamed", T0.plusMillis(3))), "the guard moved");

        assertTrue(sipEndpoints().delete(first));
        assertEquals(Optional.empty(), sipEndpoints().find(project, original.id()));
        assertFalse(sipEndpoints().delete(first), "already gone");
        assertFalse(sipEndpoints().replace(first, next(first, settings("back"))), "a replace never recreates");
        assertEquals(Optional.empty(), sipEndpoints().find(project, original.id()));
        sipEndpoints().insert(endpoint(project, "stale-renamed", T0.plusMillis(4)));
        sipEndpoints().insert(endpoint(project, "back", T0.plusMillis(5)));
    }

    @Test
    void usernamesAreUniquePerProjectAndCaseSensitive() {
        String project = newProject();
        SipEndpoint a = endpoint(project, "a", T0);
        SipEndpoint b = endpoint(project, "b", T0.plusMillis(1));
        sipEndpoints().insert(a);
        sipEndpoints().insert(b);
        assertThrows(SipEndpointUsernameTaken.class, () -> sipEndpoints().replace(a, next(a, settings("b"))));
        assertThrows(SipEndpointUsernameTaken.class, () -> sipEndpoints().insert(endpoint(project, "a", T0.plusMillis(2))));
        assertEquals(Optional.of(a), sipEndpoints().find(project, a.id()), "a refused rename changes nothing");
        sipEndpoints().insert(endpoint(project, "A", T0.plusMillis(3)));
        sipEndpoints().insert(endpoint(newProject(), "a", T0));
        SipEndpoint same = next(a, new SipEndpointSettings("a", "new-password", "", "", List.of(), List.of(),
                Encryption.DEFAULT, CallHandler.DEFAULT, null));
        assertTrue(sipEndpoints().replace(a, same), "keeping its own username is no conflict");
        assertEquals(Optional.of(same), sipEndpoints().find(project, a.id()));
    }

    @Test
    void pagesRunNewestFirstInBothDirections() {
        String project = newProject();
        List<String> newestFirst = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            SipEndpoint endpoint = endpoint(project, "p" + i, T0.plusSeconds(i));
            sipEndpoints().insert(endpoint);
            newestFirst.add(0, endpoint.id());
        }
        sipEndpoints().insert(endpoint(newProject(), "elsewhere", T0.plusSeconds(99)));

        SipEndpointPage first = sipEndpoints().page(project, new PageRequest(3, Optional.empty()));
        assertEquals(newestFirst.subList(0, 3), ids(first));
        assertTrue(first.olderExist());
        assertFalse(first.newerExist());

        SipEndpointPage second = sipEndpoints().page(project, after(newestFirst.get(2), 3));
        assertEquals(newestFirst.subList(3, 6), ids(second));
        assertTrue(second.olderExist());
        assertTrue(second.newerExist());

        SipEndpointPage last = sipEndpoints().page(project, after(newestFirst.get(5), 3));
        assertEquals(newestFirst.subList(6, 7), ids(last));
        assertFalse(last.olderExist());
        assertTrue(last.newerExist());

        SipEndpointPage back = sipEndpoints().page(project, before(newestFirst.get(6), 3));
        assertEquals(newestFirst.subList(3, 6), ids(back), "the page before the last one, still newest first");
        assertTrue(back.olderExist());
        assertTrue(back.newerExist());

        SipEndpointPage top = sipEndpoints().page(project, before(newestFirst.get(2), 3));
        assertEquals(newestFirst.subList(0, 2), ids(top));
        assertFalse(top.newerExist());
        assertTrue(top.olderExist());

        SipEndpointPage beyond = sipEndpoints().page(project, after(newestFirst.get(6), 3));
        assertEquals(List.of(), ids(beyond));
        assertFalse(beyond.olderExist() || beyond.newerExist(), "an empty page has no neighbours to link to");

        SipEndpointPage all = sipEndpoints().page(project, new PageRequest(PageRequest.MAX_SIZE, Optional.empty()));
        assertEquals(newestFirst, ids(all));
        assertFalse(all.olderExist() || all.newerExist());
        assertEquals(List.of(), ids(sipEndpoints().page(newProject(), new PageRequest(3, Optional.empty()))));
    }

    @Test
    void aCursorOnADeletedEndpointStillPagesFromItsPlace() {
        String project = newProject();
        List<SipEndpoint> oldestFirst = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            SipEndpoint endpoint = endpoint(project, "d" + i, T0.plusSeconds(i));
            sipEndpoints().insert(endpoint);
            oldestFirst.add(endpoint);
        }
        assertTrue(sipEndpoints().delete(oldestFirst.get(2)));
        SipEndpointPage older = sipEndpoints().page(project, after(oldestFirst.get(2).id(), 5));
        assertEquals(List.of(oldestFirst.get(1).id(), oldestFirst.get(0).id()), ids(older));
        assertTrue(older.newerExist());
        SipEndpointPage newer = sipEndpoints().page(project, before(oldestFirst.get(2).id(), 5));
        assertEquals(List.of(oldestFirst.get(3).id()), ids(newer));
        assertTrue(newer.olderExist());
    }

    // ---- invariants under concurrency ----

    @Test
    void parallelInsertsOfOneUsernameLeaveOneEndpoint() throws Exception {
        String project = newProject();
        List<SipEndpoint> racers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            racers.add(endpoint(project, "same", T0.plusMillis(i)));
        }
        List<Race.Outcome<Boolean>> outcomes = Race.run(racers.size(), i -> {
            sipEndpoints().insert(racers.get(i));
            return true;
        });
        Race.assertOnly(outcomes, SipEndpointUsernameTaken.class);
        assertEquals(1, Race.successes(outcomes));
        assertEquals(1, ids(sipEndpoints().page(project, new PageRequest(100, Optional.empty()))).size());
        String elsewhere = newProject();
        List<Race.Outcome<Boolean>> isolated = Race.run(4, i -> {
            sipEndpoints().insert(endpoint(i == 0 ? elsewhere : newProject(), "same", T0));
            return true;
        });
        assertEquals(4, Race.successes(isolated), "other projects do not compete for the name");
    }

    @Test
    void parallelRenamesOntoOneUsernameLeaveOneHolder() throws Exception {
        String project = newProject();
        List<SipEndpoint> racers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            SipEndpoint endpoint = endpoint(project, "r" + i, T0.plusMillis(i));
            sipEndpoints().insert(endpoint);
            racers.add(endpoint);
        }
        List<Race.Outcome<Boolean>> outcomes = Race.run(racers.size(),
                i -> sipEndpoints().replace(racers.get(i), next(racers.get(i), settings("wanted"))));
        Race.assertOnly(outcomes, SipEndpointUsernameTaken.class);
        assertEquals(1, outcomes.stream().filter(outcome -> Boolean.TRUE.equals(outcome.result())).count());
        long holders = racers.stream().filter(endpoint ->
                sipEndpoints().find(project, endpoint.id()).orElseThrow().settings().username().equals("wanted")).count();
        assertEquals(1, holders);
        for (int i = 0; i < racers.size(); i++) {
            int index = i;
            boolean renamed = sipEndpoints().find(project, racers.get(i).id()).orElseThrow().settings().username()
                    .equals("wanted");
            if (!renamed) {
                assertThrows(SipEndpointUsernameTaken.class,
                        () -> sipEndpoints().insert(endpoint(project, "r" + index, T0)), "the loser kept its name");
            }
        }
    }

    @Test
    void parallelReplacesOfOneVersionLetExactlyOneWin() throws Exception {
        String project = newProject();
        SipEndpoint original = endpoint(project, "v", T0);
        sipEndpoints().insert(original);
        List<Race.Outcome<Boolean>> outcomes = Race.run(10,
                i -> sipEndpoints().replace(original, next(original, settings("v" + i))));
        Race.assertNoFailures(outcomes);
        List<Integer> winners = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            if (Boolean.TRUE.equals(outcomes.get(i).result())) {
                winners.add(i);
            }
        }
        assertEquals(1, winners.size(), "the others read a version that was gone: no update silently lost");
        SipEndpoint stored = sipEndpoints().find(project, original.id()).orElseThrow();
        assertEquals("v" + winners.get(0), stored.settings().username());
        assertEquals(2, stored.version());
        for (int i = 0; i < 10; i++) {
            if (i != winners.get(0)) {
                sipEndpoints().insert(endpoint(project, "v" + i, T0.plusMillis(i + 1)));
            }
        }
        sipEndpoints().insert(endpoint(project, "v", T0.plusMillis(20)));
    }

    private static PageRequest after(String id, int size) {
        return new PageRequest(size, Optional.of(new PageRequest.Cursor(PageRequest.Cursor.Direction.OLDER, id)));
    }

    private static PageRequest before(String id, int size) {
        return new PageRequest(size, Optional.of(new PageRequest.Cursor(PageRequest.Cursor.Direction.NEWER, id)));
    }

    private static List<String> ids(SipEndpointPage page) {
        return page.endpoints().stream().map(SipEndpoint::id).toList();
    }
}
