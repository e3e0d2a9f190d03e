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

/** {@code POST /api/fabric/resources/sip_endpoints} (create-sip-endpoint): 200 with the resource, as published (docs/signalwire/sip-endpoints.md, "Create status"). */
@Singleton
public final class CreateSipEndpoint implements FabricOperation {
    private static final OperationSpec SPEC =
            new OperationSpec("create-sip-endpoint", "POST", FabricRoute.Target.COLLECTION, true);

    private final SipEndpointService endpoints;

    public CreateSipEndpoint(SipEndpointService endpoints) {
        this.endpoints = endpoints;
    }

    @Override
    public OperationSpec spec() {
        return SPEC;
    }

    @Override
    public Optional<String> rehearsalBody(int round) {
        return Optional.of("{\"username\":\"rehearsal" + round + "\",\"password\":\"rehearsal-secret\",\"caller_id\":\"+15550100\",\"codecs\":[\"PCMU\",\"OPUS\"]}");
    }

    @Override
    public FabricResult invoke(ProjectCaller caller, FabricRequest request) {
        return FabricResult.ok(SipEndpointJson.resource(
                endpoints.create(caller, SipEndpointRules.forCreate(SipEndpointFieldsReader.read(request.body())))));
    }
}
