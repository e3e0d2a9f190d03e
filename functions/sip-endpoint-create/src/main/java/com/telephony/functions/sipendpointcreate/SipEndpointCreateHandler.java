package com.telephony.functions.sipendpointcreate;

import com.telephony.lambda.ApiGatewayHandler;
import com.telephony.signalwire.FabricEndpoint;
import com.telephony.signalwire.sipendpoints.CreateSipEndpoint;

/** Lambda entry point of SignalWire's {@code create-sip-endpoint} (POST /api/fabric/resources/sip_endpoints). */
public final class SipEndpointCreateHandler extends ApiGatewayHandler {
    public SipEndpointCreateHandler() {
        super(beans -> FabricEndpoint.serving(beans, CreateSipEndpoint.class));
    }
}
