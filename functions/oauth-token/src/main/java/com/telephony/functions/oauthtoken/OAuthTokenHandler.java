package com.telephony.functions.oauthtoken;

import com.telephony.bitrix.oauth.OAuthTokenEndpoint;
import com.telephony.lambda.ApiGatewayHandler;

/** Lambda entry point of Bitrix24's OAuth server, {@code /oauth/token/} (refresh tokens). */
public final class OAuthTokenHandler extends ApiGatewayHandler {
    public OAuthTokenHandler() {
        super(OAuthTokenEndpoint::wired);
    }
}
