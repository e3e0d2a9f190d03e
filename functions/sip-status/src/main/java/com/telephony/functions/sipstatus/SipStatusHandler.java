package com.telephony.functions.sipstatus;

import com.telephony.bitrix.BitrixRestEndpoint;
import com.telephony.bitrix.methods.SipStatusMethod;
import com.telephony.lambda.ApiGatewayHandler;

/** Lambda entry point of {@code voximplant.sip.status}. */
public final class SipStatusHandler extends ApiGatewayHandler {
    public SipStatusHandler() {
        super(beans -> BitrixRestEndpoint.serving(beans, SipStatusMethod.class));
    }
}
