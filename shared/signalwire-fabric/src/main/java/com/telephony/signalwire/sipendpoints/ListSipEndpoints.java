package com.telephony.signalwire.sipendpoints;

import com.telephony.domain.fabric.ProjectCaller;
import com.telephony.domain.fabric.SipEndpointPage;
import com.telephony.domain.fabric.SipEndpointService;
import com.telephony.signalwire.FabricOperation;
import com.telephony.signalwire.FabricRequest;
import com.telephony.signalwire.FabricResult;
import com.telephony.signalwire.FabricRoute;
import com.telephony.signalwire.OperationSpec;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** {@code GET /api/fabric/resources/sip_endpoints} (list-sip-endpoints): {@code {data, links}}, newest first (docs/signalwire/sip-endpoints.md, "Paging"). */
@Singleton
public final class ListSipEndpoints implements FabricOperation {
    private static final OperationSpec SPEC =
            new OperationSpec("list-sip-endpoints", "GET", FabricRoute.Target.COLLECTION, false);

    private final SipEndpointService endpoints;

    public ListSipEndpoints(SipEndpointService endpoints) {
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
        PageQuery query = PageQuery.read(request.query());
        SipEndpointPage page = endpoints.list(caller, query.request());
        Map<String, JsonNode> body = new LinkedHashMap<>();
        body.put("data", SipEndpointJson.resources(page.endpoints()));
        body.put("links", PageLinks.of(request.collectionUrl(), query, page));
        return FabricResult.ok(JsonNode.createObjectNode(body));
    }
}
