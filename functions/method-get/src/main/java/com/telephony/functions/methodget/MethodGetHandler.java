package com.telephony.functions.methodget;

import com.telephony.bitrix.BitrixRestEndpoint;
import com.telephony.bitrix.platform.MethodGetMethod;
import com.telephony.lambda.ApiGatewayHandler;

/** Lambda entry point of {@code method.get}. */
public final class MethodGetHandler extends ApiGatewayHandler {
    public MethodGetHandler() {
        super(beans -> BitrixRestEndpoint.serving(beans, MethodGetMethod.class));
    }
}
