package com.telephony.functions.sipget;

import com.telephony.bitrix.BitrixRestEndpoint;
import com.telephony.bitrix.methods.SipGetMethod;
import com.telephony.lambda.ApiGatewayHandler;

/** Lambda entry point of {@code voximplant.sip.get}. */
public final class SipGetHandler extends ApiGatewayHandler {
    public SipGetHandler() {
        super(beans -> BitrixRestEndpoint.serving(beans, SipGetMethod.class));
    }
}
