package com.telephony.domain.fabric;

import java.time.Instant;

/**
 * A SIP endpoint as stored: the Fabric resource and its {@code sip_endpoint} share one id.
 *
 * @param version incremented by every write; the store only replaces the version it was given (optimistic locking)
 */
public record SipEndpoint(String projectId, String id, SipEndpointSettings settings, Instant createdAt,
                          Instant updatedAt, long version) {

    /** The next version with new settings; {@code updatedAt} never goes back, {@code createdAt} never changes. */
    SipEndpoint changedTo(SipEndpointSettings changed, Instant now) {
        Instant updated = now.isAfter(updatedAt) ? now : updatedAt;
        return new SipEndpoint(projectId, id, changed, createdAt, updated, version + 1);
    }
}
