package com.telephony.testsupport;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;

import java.util.HashMap;
import java.util.Map;

/** API Gateway HTTP API (payload 2.0) events as API Gateway sends them. */
public final class Events {
    private Events() {
    }

    /** {@code target} may carry a query string ({@code /rest/m?auth=…}), split off as API Gateway does. */
    public static APIGatewayV2HTTPEvent post(String target, String contentType, String body) {
        int question = target.indexOf('?');
        return question < 0
                ? event("POST", target, "", contentType, body)
                : event("POST", target.substring(0, question), target.substring(question + 1), contentType, body);
    }

    public static APIGatewayV2HTTPEvent get(String path, String rawQuery) {
        return event("GET", path, rawQuery, null, null);
    }

    public static APIGatewayV2HTTPEvent event(String method, String path, String rawQuery, String contentType,
                                              String body) {
        return event(method, path, rawQuery, Map.of(), contentType, body);
    }

    /** With more headers (lowercase names, as API Gateway passes them), e.g. {@code authorization}. */
    public static APIGatewayV2HTTPEvent event(String method, String path, String rawQuery, Map<String, String> extraHeaders,
                                              String contentType, String body) {
        Map<String, String> headers = new HashMap<>(extraHeaders);
        headers.put("host", "api.example.test");
        headers.put("user-agent", "test");
        if (contentType != null) {
            headers.put("content-type", contentType);
        }
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey("$default")
                .withRawPath(path)
                .withRawQueryString(rawQuery == null ? "" : rawQuery)
                .withHeaders(headers)
                .withBody(body)
                .withIsBase64Encoded(false)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod(method).withPath(path).withProtocol("HTTP/1.1")
                                .withSourceIp("127.0.0.1").withUserAgent("test").build())
                        .withStage("$default")
                        .withRequestId("test-" + System.nanoTime())
                        .build())
                .build();
    }
}
