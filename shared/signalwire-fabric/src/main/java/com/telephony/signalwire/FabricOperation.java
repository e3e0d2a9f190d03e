package com.telephony.signalwire;

import com.telephony.domain.fabric.ProjectCaller;

/**
 * One Fabric API operation: read the typed command from the request, run one use case, encode the result.
 * Routing, authentication, body decoding and error mapping are the edge's, never the operation's.
 */
public interface FabricOperation {
    OperationSpec spec();

    FabricResult invoke(ProjectCaller caller, FabricRequest request);
}
