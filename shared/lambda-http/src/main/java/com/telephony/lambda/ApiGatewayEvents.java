package com.telephony.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.telephony.http.Headers;
import com.telephony.http.HttpRequest;
import com.telephony.http.HttpResponse;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * API Gateway HTTP API (payload format 2.0) events to and from the edges' plain HTTP records.
 * The raw path and raw query string are kept exactly as sent, so PHP-style bracket parameters keep their order.
 */
public final class ApiGatewayEvents {
    private ApiGatewayEvents() {
    }

    public static HttpRequest toRequest(APIGatewayV2HTTPEvent event) {
        String method = event.getRequestContext() != null && event.getRequestContext().getHttp() != null
                ? event.getRequestContext().getHttp().getMethod() : "GET";
        return new HttpRequest(method, event.getRawPath() == null ? "/" : event.getRawPath(),
                event.getRawQueryString(), Headers.of(event.getHeaders()), body(event));
    }

    public static APIGatewayV2HTTPResponse toResponse(HttpResponse response) {
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(response.status())
                .withHeaders(Map.copyOf(response.headers()))
                .withBody(response.bodyText())
                .withIsBase64Encoded(false)
                .build();
    }

    /** API Gateway's own answer when an integration fails: 500 {@code {"message":"Internal Server Error"}}. */
    public static APIGatewayV2HTTPResponse internalError() {
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(500)
                .withHeaders(Map.of("Content-Type", "application/json"))
                .withBody("{\"message\":\"Internal Server Error\"}")
                .withIsBase64Encoded(false)
                .build();
    }

    /** The event API Gateway would send for this request (used to prime a handler through its whole path). */
    public static APIGatewayV2HTTPEvent toEvent(HttpRequest request) {
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey("$default")
                .withRawPath(request.path())
                .withRawQueryString(request.rawQuery())
                .withHeaders(request.headers().asMap())
                .withBody(new String(request.body(), StandardCharsets.UTF_8))
                .withIsBase64Encoded(false)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod(request.method()).withPath(request.path()).build())
                        .build())
                .build();
    }

    private static byte[] body(APIGatewayV2HTTPEvent event) {
        String body = event.getBody();
        if (body == null) {
            return new byte[0];
        }
        if (event.getIsBase64Encoded()) {
            try {
                return Base64.getDecoder().decode(body);
            } catch (IllegalArgumentException malformed) {
                return new byte[0];
            }
        }
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
