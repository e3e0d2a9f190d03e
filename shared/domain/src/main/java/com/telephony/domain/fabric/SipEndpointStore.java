package com.telephony.domain.fabric;

import java.util.Optional;

/**
 * Port: where SIP endpoints live, one project each. The store enforces username uniqueness per project atomically
 * with every write that sets or changes a username, and never overwrites a version it was not given.
 */
public interface SipEndpointStore {
    /** @throws SipEndpointUsernameTaken if another endpoint of the project has the username */
    void insert(SipEndpoint endpoint);

    Optional<SipEndpoint> find(String projectId, String endpointId);

    /**
     * Replaces {@code current} by {@code updated} (same project and id, next version), moving the username guard
     * if the username changed.
     *
     * @return {@code false} if the stored endpoint is no longer {@code current} (changed or deleted meanwhile)
     * @throws SipEndpointUsernameTaken if another endpoint of the project has the new username
     */
    boolean replace(SipEndpoint current, SipEndpoint updated);

    /**
     * Deletes {@code current} and releases its username.
     *
     * @return {@code false} if the stored endpoint is no longer {@code current}
     */
    boolean delete(SipEndpoint current);

    /** Endpoints of one project, newest first (creation time, then id, both descending). */
    SipEndpointPage page(String projectId, PageRequest request);
}
