package com.telephony.functions.externallinedelete;

import com.telephony.bitrix.BitrixRestEndpoint;
import com.telephony.bitrix.methods.ExternalLineDeleteMethod;
import com.telephony.lambda.ApiGatewayHandler;

/** Lambda entry point of {@code telephony.externalLine.delete}. */
public final class ExternalLineDeleteHandler extends ApiGatewayHandler {
    public ExternalLineDeleteHandler() {
        super(beans -> BitrixRestEndpoint.serving(beans, ExternalLineDeleteMethod.class));
    }
}
