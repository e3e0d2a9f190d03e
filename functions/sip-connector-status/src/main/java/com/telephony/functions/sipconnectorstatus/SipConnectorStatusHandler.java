package com.telephony.functions.sipconnectorstatus;

import com.telephony.bitrix.BitrixRestEndpoint;
import com.telephony.bitrix.methods.SipConnectorStatusMethod;
import com.telephony.lambda.ApiGatewayHandler;

/** Lambda entry point of {@code voximplant.sip.connector.status}. */
public final class SipConnectorStatusHandler extends ApiGatewayHandler {
    public SipConnectorStatusHandler() {
        super(beans -> BitrixRestEndpoint.serving(beans, SipConnectorStatusMethod.class));
    }
}
