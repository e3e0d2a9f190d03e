package com.telephony.functions.profile;

import com.telephony.bitrix.BitrixRestEndpoint;
import com.telephony.bitrix.platform.ProfileMethod;
import com.telephony.lambda.ApiGatewayHandler;

/** Lambda entry point of {@code profile}. */
public final class ProfileHandler extends ApiGatewayHandler {
    public ProfileHandler() {
        super(beans -> BitrixRestEndpoint.serving(beans, ProfileMethod.class));
    }
}
