package com.telephony.functions.restdispatcher;

import com.telephony.bitrix.BitrixRestEndpoint;
import com.telephony.lambda.ApiGatewayHandler;

/**
 * Lambda entry point of the {@code ANY /rest/{proxy+}} route: requests that no per-method route catches, because
 * API Gateway matches paths case-sensitively and literally. It serves every Bitrix24 method of the shared edge,
 * so {@code /rest/VoxImplant.Sip.Add}, {@code .xml} answers and trailing slashes behave as Bitrix24's, and an
 * unknown method gets {@code 404 ERROR_METHOD_NOT_FOUND}.
 */
public final class RestDispatcherHandler extends ApiGatewayHandler {
    public RestDispatcherHandler() {
        super(BitrixRestEndpoint::servingAll);
    }
}
