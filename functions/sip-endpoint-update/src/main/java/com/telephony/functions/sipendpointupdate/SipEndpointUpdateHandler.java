package com.telephony.functions.sipendpointupdate;

import com.telephony.lambda.ApiGatewayHandler;
import com.telephony.signalwire.FabricEndpoint;
import com.telephony.signalwire.sipendpoints.UpdateSipEndpoint;

/** Lambda entry point of SignalWire's {@code update-sip-endpoint} (PUT /api/fabric/resources/sip_endpoints/{id}). */
public final class SipEndpointUpdateHandler extends ApiGatewayHandler {
    public SipEndpointUpdateHandler() {
        super(beans -> FabricEndpoint.serving(beans, UpdateSipEndpoint.class));
    }
}
