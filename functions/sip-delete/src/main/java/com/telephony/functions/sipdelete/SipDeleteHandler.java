package com.telephony.functions.sipdelete;

import com.telephony.bitrix.BitrixRestEndpoint;
import com.telephony.bitrix.methods.SipDeleteMethod;
import com.telephony.lambda.ApiGatewayHandler;

/** Lambda entry point of {@code voximplant.sip.delete}. */
public final class SipDeleteHandler extends ApiGatewayHandler {
    public SipDeleteHandler() {
        super(beans -> BitrixRestEndpoint.serving(beans, SipDeleteMethod.class));
    }
}
