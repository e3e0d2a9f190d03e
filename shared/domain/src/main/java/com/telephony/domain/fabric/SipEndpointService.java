package com.telephony.domain.fabric;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.UnaryOperator;

/**
 * Use cases on SIP endpoints. A caller only ever sees and changes the endpoints of its own project: ids are always
 * looked up inside the caller's project, so another project's id is simply not found.
 */
public final class SipEndpointService {
    /** Read-modify-write rounds before giving up when other writers keep changing the same endpoint. */
    private static final int MAX_ATTEMPTS = 10;

    private final SipEndpointStore store;
    private final Clock clock;

    public SipEndpointService(SipEndpointStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Stores a new endpoint with checked settings; its id tells its creation time. */
    public SipEndpoint create(ProjectCaller caller, SipEndpointSettings settings) {
        Instant now = now();
        SipEndpoint endpoint = new SipEndpoint(caller.projectId(), Uuids.timeOrdered(now), settings, now, now, 1);
        store.insert(endpoint);
        return endpoint;
    }

    public SipEndpoint get(ProjectCaller caller, String endpointId) {
        String id = Uuids.canonical(endpointId).orElseThrow(SipEndpointNotFound::new);
        return store.find(caller.projectId(), id).orElseThrow(SipEndpointNotFound::new);
    }

    public SipEndpointPage list(ProjectCaller caller, PageRequest request) {
        return store.page(caller.projectId(), request);
    }

    /**
     * Applies {@code change} (the edge's checked merge of a request onto the stored settings) to the caller's
     * endpoint. An unknown id fails first, then the change itself, then the write, which only succeeds on the
     * version read; a concurrent change makes it merge again onto the newer version, so no change is lost.
     */
    public SipEndpoint update(ProjectCaller caller, String endpointId, UnaryOperator<SipEndpointSettings> change) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            SipEndpoint current = get(caller, endpointId);
            SipEndpoint updated = current.changedTo(change.apply(current.settings()), now());
            if (store.replace(current, updated)) {
                return updated;
            }
        }
        throw new IllegalStateException("SIP endpoint kept changing during " + MAX_ATTEMPTS + " update attempts");
    }

    public void delete(ProjectCaller caller, String endpointId) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            if (store.delete(get(caller, endpointId))) {
                return;
            }
        }
        throw new IllegalStateException("SIP endpoint kept changing during " + MAX_ATTEMPTS + " delete attempts");
    }

    /** Milliseconds: the precision of a version 7 id, so the id and {@code created_at} tell the same time. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
