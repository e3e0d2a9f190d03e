package com.telephony.signalwire.sipendpoints;

import com.telephony.domain.fabric.ProjectCaller;
import com.telephony.domain.fabric.SipEndpointService;
import com.telephony.signalwire.FabricOperation;
import com.telephony.signalwire.FabricRequest;
import com.telephony.signalwire.FabricResult;
import com.telephony.signalwire.FabricRoute;
import com.telephony.signalwire.OperationSpec;
import jakarta.inject.Singleton;

import java.util.Optional;

/** {@code DELETE /api/fabric/resources/sip_endpoints/{id}} (delete-sip-endpoint): 204 without a body. */
@Singleton
public final class DeleteSipEndpoint implements FabricOperation {
    private static final OperationSpec SPEC =
            new OperationSpec("delete-sip-endpoint", "DELETE", FabricRoute.Target.ITEM, false);

    private final SipEndpointService endpoints;

    public DeleteSipEndpoint(SipEndpointService endpoints) {
        this.endpoints = endpoints;
    }

    @Override
    public OperationSpec spec() {
        return SPEC;
    }

    @Override
    public Optional<String> rehearsalBody(int round) {
        return Optional.of("");
    }

    @Override
    public FabricResult invoke(ProjectCaller caller, FabricRequest request) {
        endpoints.delete(caller, request.id());
        return FabricResult.noContent();
    }
}
