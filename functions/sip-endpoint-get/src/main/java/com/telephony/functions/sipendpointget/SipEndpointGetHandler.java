package com.telephony.functions.sipendpointget;

import com.telephony.lambda.ApiGatewayHandler;
import com.telephony.signalwire.FabricEndpoint;
import com.telephony.signalwire.sipendpoints.GetSipEndpoint;

/** Lambda entry point of SignalWire's {@code get-sip-endpoint} (GET /api/fabric/resources/sip_endpoints/{id}). */
public final class SipEndpointGetHandler extends ApiGatewayHandler {
    public SipEndpointGetHandler() {
        super(beans -> FabricEndpoint.serving(beans, GetSipEndpoint.class));
    }
}
