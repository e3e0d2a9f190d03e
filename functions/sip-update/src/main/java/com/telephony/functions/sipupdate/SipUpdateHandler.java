package com.telephony.functions.sipupdate;

import com.telephony.bitrix.BitrixRestEndpoint;
import com.telephony.bitrix.methods.SipUpdateMethod;
import com.telephony.lambda.ApiGatewayHandler;

/** Lambda entry point of {@code voximplant.sip.update}. */
public final class SipUpdateHandler extends ApiGatewayHandler {
    public SipUpdateHandler() {
        super(beans -> BitrixRestEndpoint.serving(beans, SipUpdateMethod.class));
    }
}
