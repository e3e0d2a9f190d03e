package com.telephony.functions.sipadd;

import com.telephony.bitrix.BitrixRestEndpoint;
import com.telephony.bitrix.methods.SipAddMethod;
import com.telephony.lambda.ApiGatewayHandler;

/** Lambda entry point of {@code voximplant.sip.add}. */
public final class SipAddHandler extends ApiGatewayHandler {
    public SipAddHandler() {
        super(beans -> BitrixRestEndpoint.serving(beans, SipAddMethod.class));
    }
}
