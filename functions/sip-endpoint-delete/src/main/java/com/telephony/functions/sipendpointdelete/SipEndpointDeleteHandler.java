package com.telephony.functions.sipendpointdelete;

import com.telephony.lambda.ApiGatewayHandler;
import com.telephony.signalwire.FabricEndpoint;
import com.telephony.signalwire.sipendpoints.DeleteSipEndpoint;

/** Lambda entry point of SignalWire's {@code delete-sip-endpoint} (DELETE /api/fabric/resources/sip_endpoints/{id}). */
public final class SipEndpointDeleteHandler extends ApiGatewayHandler {
    public SipEndpointDeleteHandler() {
        super(beans -> FabricEndpoint.serving(beans, DeleteSipEndpoint.class));
    }
}
