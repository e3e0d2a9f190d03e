package com.telephony.functions.scope;

import com.telephony.bitrix.BitrixRestEndpoint;
import com.telephony.bitrix.platform.ScopeMethod;
import com.telephony.lambda.ApiGatewayHandler;

/** Lambda entry point of {@code scope}. */
public final class ScopeHandler extends ApiGatewayHandler {
    public ScopeHandler() {
        super(beans -> BitrixRestEndpoint.serving(beans, ScopeMethod.class));
    }
}
