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

/** {@code GET /api/fabric/resources/sip_endpoints/{id}} (get-sip-endpoint). */
@Singleton
public final class GetSipEndpoint implements FabricOperation {
    private static final OperationSpec SPEC =
            new OperationSpec("get-sip-endpoint", "GET", FabricRoute.Target.ITEM, false);

    private final SipEndpointService endpoints;

    public GetSipEndpoint(SipEndpointService endpoints) {
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
        return FabricResult.ok(SipEndpointJson.resource(endpoints.get(caller, request.id())));
    }
}
