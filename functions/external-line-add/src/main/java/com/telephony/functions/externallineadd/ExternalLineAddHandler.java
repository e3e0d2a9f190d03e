package com.telephony.functions.externallineadd;

import com.telephony.bitrix.BitrixRestEndpoint;
import com.telephony.bitrix.methods.ExternalLineAddMethod;
import com.telephony.lambda.ApiGatewayHandler;

/** Lambda entry point of {@code telephony.externalLine.add}. */
public final class ExternalLineAddHandler extends ApiGatewayHandler {
    public ExternalLineAddHandler() {
        super(beans -> BitrixRestEndpoint.serving(beans, ExternalLineAddMethod.class));
    }
}
