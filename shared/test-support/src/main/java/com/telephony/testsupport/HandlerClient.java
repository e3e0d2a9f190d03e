package com.telephony.testsupport;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import java.util.Map;

/** Calls a function's real Lambda handler with API Gateway events, as the Lambda runtime does. */
public final class HandlerClient {
    private final RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler;

    public HandlerClient(RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler) {
        this.handler = handler;
    }

    public Reply send(APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPResponse response = handler.handleRequest(event, Invocations.context(handler));
        Map<String, String> headers = response.getHeaders() == null ? Map.of() : response.getHeaders();
        return new Reply(response.getStatusCode(), headers, response.getBody());
    }

    public Reply postJson(String path, String json) {
        return send(Events.post(path, "application/json", json));
    }

    public Reply postForm(String path, String form) {
        return send(Events.post(path, "application/x-www-form-urlencoded", form));
    }

    public Reply get(String path, String rawQuery) {
        return send(Events.get(path, rawQuery));
    }
}
