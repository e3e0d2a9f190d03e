package com.telephony.functions.externallineupdate;

import com.telephony.bitrix.BitrixRestEndpoint;
import com.telephony.bitrix.methods.ExternalLineUpdateMethod;
import com.telephony.lambda.ApiGatewayHandler;

/** Lambda entry point of {@code telephony.externalLine.update}. */
public final class ExternalLineUpdateHandler extends ApiGatewayHandler {
    public ExternalLineUpdateHandler() {
        super(beans -> BitrixRestEndpoint.serving(beans, ExternalLineUpdateMethod.class));
    }
}
