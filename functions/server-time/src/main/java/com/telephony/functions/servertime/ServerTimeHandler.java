package com.telephony.functions.servertime;

import com.telephony.bitrix.BitrixRestEndpoint;
import com.telephony.bitrix.platform.ServerTimeMethod;
import com.telephony.lambda.ApiGatewayHandler;

/** Lambda entry point of {@code server.time}. */
public final class ServerTimeHandler extends ApiGatewayHandler {
    public ServerTimeHandler() {
        super(beans -> BitrixRestEndpoint.serving(beans, ServerTimeMethod.class));
    }
}
