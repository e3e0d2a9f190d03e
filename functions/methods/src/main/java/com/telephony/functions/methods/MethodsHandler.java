package com.telephony.functions.methods;

import com.telephony.bitrix.BitrixRestEndpoint;
import com.telephony.bitrix.platform.MethodsMethod;
import com.telephony.lambda.ApiGatewayHandler;

/** Lambda entry point of {@code methods}. */
public final class MethodsHandler extends ApiGatewayHandler {
    public MethodsHandler() {
        super(beans -> BitrixRestEndpoint.serving(beans, MethodsMethod.class));
    }
}
