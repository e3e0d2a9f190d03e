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

/** {@code PUT /api/fabric/resources/sip_endpoints/{id}} (update-sip-endpoint): a partial merge (docs/signalwire/sip-endpoints.md, "Update merge"). */
@Singleton
public final class UpdateSipEndpoint implements FabricOperation {
    private static final OperationSpec SPEC =
            new OperationSpec("update-sip-endpoint", "PUT", FabricRoute.Target.ITEM, true);

    private final SipEndpointService endpoints;

    public UpdateSipEndpoint(SipEndpointService endpoints) {
        this.endpoints = endpoints;
    }

    @Override
    public OperationSpec spec() {
        return SPEC;
    }

    @Override
    public Optional<String> rehearsalBody(int round) {
        // the contract's PUT always carries calling_handler_resource_id, null for a default handler
        return Optional.of("{\"caller_id\":\"+1555010" + round + "\",\"codecs\":[\"OPUS\"],"
                + "\"calling_handler_resource_id\":null}");
    }

    @Override
    public FabricResult invoke(ProjectCaller caller, FabricRequest request) {
        SipEndpointFields fields = SipEndpointFieldsReader.read(request.body());
        return FabricResult.ok(SipEndpointJson.resource(
                endpoints.update(caller, request.id(), current -> SipEndpointRules.forUpdate(current, fields))));
    }
}
