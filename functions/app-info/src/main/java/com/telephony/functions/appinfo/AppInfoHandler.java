package com.telephony.functions.appinfo;

import com.telephony.bitrix.BitrixRestEndpoint;
import com.telephony.bitrix.platform.AppInfoMethod;
import com.telephony.lambda.ApiGatewayHandler;

/** Lambda entry point of {@code app.info}. */
public final class AppInfoHandler extends ApiGatewayHandler {
    public AppInfoHandler() {
        super(beans -> BitrixRestEndpoint.serving(beans, AppInfoMethod.class));
    }
}
