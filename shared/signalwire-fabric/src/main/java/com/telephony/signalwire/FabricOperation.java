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
     * The body (empty for an operation that reads none) with which this operation succeeds on the collection of a
     * fresh project: what a SnapStart rehearsal sends (docs/performance.md, "SnapStart priming"). Empty for an
     * operation on one resource, which a fresh project does not have.
     */
    default Optional<String> rehearsalBody() {
        return Optional.empty();
    }
}
