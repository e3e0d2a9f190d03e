package com.telephony.signalwire;

import com.telephony.domain.fabric.ProjectCaller;

import java.util.Optional;

/**
 * One Fabric API operation: read the typed command from the request, run one use case, encode the result.
 * Routing, authentication, body decoding and error mapping are the edge's, never the operation's.
 */
public interface FabricOperation {
    OperationSpec spec();

    FabricResult invoke(ProjectCaller caller, FabricRequest request);

    /**
     * The body (an empty string for an operation that reads none) with which this operation succeeds in round
     * {@code round} (from 0) of a SnapStart rehearsal (docs/performance.md, "SnapStart priming"): on the
     * rehearsal project's collection, or, for an operation on one resource, on that round's own endpoint
     * ({@code RehearsalCallers.fabricEndpointIds}); what a round creates differs from what the earlier ones did.
     * Empty (no rehearsal) by default.
     */
    default Optional<String> rehearsalBody(int round) {
        return Optional.empty();
    }
}
