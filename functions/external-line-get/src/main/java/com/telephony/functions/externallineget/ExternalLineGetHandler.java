package com.telephony.functions.externallineget;

import com.telephony.bitrix.BitrixRestEndpoint;
import com.telephony.bitrix.methods.ExternalLineGetMethod;
import com.telephony.lambda.ApiGatewayHandler;

/** Lambda entry point of {@code telephony.externalLine.get}. */
public final class ExternalLineGetHandler extends ApiGatewayHandler {
    public ExternalLineGetHandler() {
        super(beans -> BitrixRestEndpoint.serving(beans, ExternalLineGetMethod.class));
    }
}
