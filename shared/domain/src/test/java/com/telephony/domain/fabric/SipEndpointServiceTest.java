package com.telephony.domain.fabric;

import com.telephony.domain.Fixtures;
import com.telephony.store.memory.InMemorySipEndpointStore;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The SIP endpoint use cases over the in-memory store, including the merge-again path of a concurrent change. */
class SipEndpointServiceTest {
    private static final Instant T0 = Instant.parse("2024-05-06T12:20:00.123456Z");

    private final InMemorySipEndpointStore store = new InMemorySipEndpointStore();
    private final Fixtures.SteppingClock clock = new Fixtures.SteppingClock(T0);
    private final SipEndpointService service = new SipEndpointService(store, clock);
    private final ProjectCaller caller = new ProjectCaller(UUID.randomUUID().toString());

    private static SipEndpointSettings settings(String username) {
        return new SipEndpointSettings(username, "pw", "", "", List.of(Cipher.values()), List.of(Codec.OPUS),
                Encryption.DEFAULT, CallHandler.DEFAULT, null);
    }

    private static SipEndpointSettings renamed(SipEndpointSettings current, String username) {
        return new SipEndpointSettings(username, current.password(), current.callerId(), current.sendAs(),
                current.ciphers(), current.codecs(), current.encryption(), current.callHandler(),
                current.callingHandlerResourceId());
    }

    @Test
    void createStampsMillisecondsAndATimeOrderedId() {
        SipEndpoint created = service.create(caller, settings("alice"));
        Instant millis = Instant.parse("2024-05-06T12:20:00.123Z");
        assertEquals(millis, created.createdAt());
        assertEquals(millis, created.updatedAt());
        assertEquals(1, created.version());
        assertEquals(millis.toEpochMilli(), UUID.fromString(created.id()).getMostSignificantBits() >>> 16);
        assertEquals(created, service.get(caller, created.id().toUpperCase()));
        assertThrows(SipEndpointUsernameTaken.class, () -> service.create(caller, settings("alice")));
    }

    @Test
    void onlyTheCallersProjectIsSeen() {
        SipEndpoint created = service.create(caller, settings("alice"));
        ProjectCaller other = new ProjectCaller(UUID.randomUUID().toString());
        assertThrows(SipEndpointNotFound.class, () -> service.get(other, created.id()));
        assertThrows(SipEndpointNotFound.class, () -> service.get(caller, "not-a-uuid"));
        assertThrows(SipEndpointNotFound.class, () -> service.update(other, created.id(), s -> s));
        assertThrows(SipEndpointNotFound.class, () -> service.delete(other, created.id()));
        assertEquals(List.of(), service.list(other, new PageRequest(10, Optional.empty())).endpoints());
        assertEquals(List.of(created), service.list(caller, new PageRequest(10, Optional.empty())).endpoints());
    }

    @Test
    void updatesMoveUpdatedAtForwardOnlyAndNeverCreatedAt() {
        SipEndpoint created = service.create(caller, settings("clocked"));
        clock.set(T0.plusSeconds(90));
        SipEndpoint updated = service.update(caller, created.id(), s -> renamed(s, "renamed"));
        assertEquals(created.createdAt(), updated.createdAt());
        assertEquals(T0.plusSeconds(90).truncatedTo(java.time.temporal.ChronoUnit.MILLIS), updated.updatedAt());
        assertEquals(2, updated.version());
        clock.set(T0.plusSeconds(30));
        assertEquals(updated.updatedAt(), service.update(caller, created.id(), s -> s).updatedAt(),
                "a clock behind the stored time never moves updated_at back");
    }

    @Test
    void aConcurrentChangeMakesTheUpdateMergeAgainOntoTheNewerVersion() {
        SipEndpoint created = service.create(caller, settings("alice"));
        AtomicInteger merges = new AtomicInteger();
        SipEndpoint updated = service.update(caller, created.id(), current -> {
            if (merges.getAndIncrement() == 0) {
                // Another writer changes the caller id after our read: our write must not undo it.
                SipEndpoint now = store.find(caller.projectId(), created.id()).orElseThrow();
                store.replace(now, new SipEndpoint(now.projectId(), now.id(), new SipEndpointSettings("alice", "pw",
                        "+1555", "", now.settings().ciphers(), now.settings().codecs(), Encryption.DEFAULT,
                        CallHandler.DEFAULT, null), now.createdAt(), now.updatedAt(), now.version() + 1));
            }
            return renamed(current, "bob");
        });
        assertEquals(2, merges.get());
        assertEquals("bob", updated.settings().username());
        assertEquals("+1555", updated.settings().callerId(), "the concurrent change was kept");
        assertEquals(3, updated.version());
    }

    @Test
    void anEndpointThatNeverStopsChangingFailsTheUpdateAndTheDelete() {
        SipEndpoint created = service.create(caller, settings("busy"));
        SipEndpointStore racing = new SipEndpointStore() {
            @Override
            public void insert(SipEndpoint endpoint) {
                store.insert(endpoint);
            }

            @Override
            public Optional<SipEndpoint> find(String projectId, String endpointId) {
                return store.find(projectId, endpointId);
            }

            @Override
            public boolean replace(SipEndpoint current, SipEndpoint updated) {
                bump(current);
                return store.replace(current, updated);
            }

            @Override
            public boolean delete(SipEndpoint current) {
                bump(current);
                return store.delete(current);
            }

            @Override
            public SipEndpointPage page(String projectId, PageRequest request) {
                return store.page(projectId, request);
            }

            private void bump(SipEndpoint read) {
                SipEndpoint now = store.find(read.projectId(), read.id()).orElseThrow();
                store.replace(now, new SipEndpoint(now.projectId(), now.id(), now.settings(), now.createdAt(),
                        now.updatedAt(), now.version() + 1));
            }
        };
        SipEndpointService contended = new SipEndpointService(racing, clock);
        assertThrows(IllegalStateException.class, () -> contended.update(caller, created.id(), s -> s));
        assertThrows(IllegalStateException.class, () -> contended.delete(caller, created.id()));
    }

    @Test
    void deleteRemovesTheEndpointAndFreesItsUsername() {
        SipEndpoint created = service.create(caller, settings("alice"));
        service.delete(caller, created.id());
        assertThrows(SipEndpointNotFound.class, () -> service.get(caller, created.id()));
        assertThrows(SipEndpointNotFound.class, () -> service.delete(caller, created.id()));
        service.create(caller, settings("alice"));
    }
}
