package com.telephony.functions.sipendpointlist;

import com.telephony.lambda.ApiGatewayHandler;
import com.telephony.signalwire.FabricEndpoint;
import com.telephony.signalwire.sipendpoints.ListSipEndpoints;

/** Lambda entry point of SignalWire's {@code list-sip-endpoints} (GET /api/fabric/resources/sip_endpoints). */
public final class SipEndpointListHandler extends ApiGatewayHandler {
    public SipEndpointListHandler() {
        super(beans -> FabricEndpoint.serving(beans, ListSipEndpoints.class));
    }
}
