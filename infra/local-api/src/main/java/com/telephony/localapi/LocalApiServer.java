package com.telephony.localapi;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import javax.net.ssl.SSLContext;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Serves every function of the template on one port, as {@code sam local start-api} does: each HTTP request
 * becomes an API Gateway HTTP API (payload 2.0) event for the function whose route matches, and the handler's
 * response becomes the HTTP response. Requests API Gateway would refuse ({@link HttpFront}) and unmatched paths
 * get API Gateway's own JSON answers. Connections are served in parallel; each function runs its requests on its
 * own containers ({@link LocalFunction}), as Lambda does.
 */
public final class LocalApiServer implements AutoCloseable {
    private static final DateTimeFormatter REQUEST_TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final HttpFront front;
    private final RouteTable<LocalFunction> routes = new RouteTable<>();
    private final List<LocalFunction> functions = new ArrayList<>();
    private final String scheme;

    public LocalApiServer(SamTemplate template, String host, int port) throws IOException {
        this(template, host, port, null);
    }

    /** With {@code tls} non-null the server speaks HTTPS only, as API Gateway does. */
    public LocalApiServer(SamTemplate template, String host, int port, SSLContext tls) throws IOException {
        for (SamTemplate.FunctionDefinition definition : template.functions()) {
            LocalFunction function = new LocalFunction(definition);
            functions.add(function);
            for (SamTemplate.Route route : definition.routes()) {
                routes.add(route.method(), route.path(), function);
            }
        }
        this.front = new HttpFront(host, port, this::serve, tls);
        this.scheme = tls == null ? "http" : "https";
    }

    public void start() {
        front.start();
    }

    public int port() {
        return front.port();
    }

    public List<String> functionNames() {
        return functions.stream().map(LocalFunction::name).toList();
    }

    private HttpFront.Response serve(HttpFront.Request request) {
        var match = routes.match(request.method(), request.rawPath());
        if (match.isEmpty()) {
            return answer(404, "Not Found");
        }
        APIGatewayV2HTTPEvent event = toEvent(request, match.get(), scheme);
        APIGatewayV2HTTPResponse response;
        try {
            response = match.get().target().invoke(event);
        } catch (RuntimeException failure) {
            System.err.println("[local-api] " + match.get().target().name() + " failed: " + failure);
            failure.printStackTrace();
            return answer(500, "Internal Server Error");
        }
        String responseBody = response.getBody() == null ? "" : response.getBody();
        byte[] bytes = response.getIsBase64Encoded()
                ? Base64.getDecoder().decode(responseBody) : responseBody.getBytes(StandardCharsets.UTF_8);
        return new HttpFront.Response(response.getStatusCode(),
                response.getHeaders() == null ? Map.of() : response.getHeaders(), bytes);
    }

    private static HttpFront.Response answer(int status, String message) {
        HttpFront.Response json = HttpFront.json(message);
        return new HttpFront.Response(status, json.headers(), json.body());
    }

    private static APIGatewayV2HTTPEvent toEvent(HttpFront.Request request, RouteTable.Match<LocalFunction> match,
                                                 String scheme) {
        Map<String, String> headers = new HashMap<>();
        List<String> cookies = new ArrayList<>();
        request.headers().forEach((name, values) -> {
            if (name.equals("cookie")) {
                values.forEach(value -> cookies.addAll(List.of(value.split(";\\s*"))));
            } else {
                // ISO-8859-1 as read off the wire; API Gateway passes header bytes as UTF-8 text
                headers.put(name, new String(String.join(",", values).getBytes(StandardCharsets.ISO_8859_1),
                        StandardCharsets.UTF_8));
            }
        });
        // API Gateway sets these itself, from the connection; links in answers are built from them.
        String sourceIp = request.remote().getAddress().getHostAddress();
        headers.put("x-forwarded-proto", scheme);
        headers.put("x-forwarded-port", Integer.toString(request.localPort()));
        headers.put("x-forwarded-for", sourceIp);
        String contentType = headers.getOrDefault("content-type", "");
        // API Gateway passes text as is and base64-encodes everything else (forms and multipart included).
        boolean text = contentType.startsWith("application/json") || contentType.startsWith("text/")
                || contentType.startsWith("application/xml");
        byte[] body = request.body();
        Instant now = Instant.now();
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey(match.routeKey())
                .withRawPath(request.rawPath())
                .withRawQueryString(request.rawQuery())
                .withCookies(cookies.isEmpty() ? null : cookies)
                .withHeaders(headers)
                .withPathParameters(match.pathParameters().isEmpty() ? null : match.pathParameters())
                .withBody(body.length == 0 ? null : text ? new String(body, StandardCharsets.UTF_8)
                        : Base64.getEncoder().encodeToString(body))
                .withIsBase64Encoded(body.length > 0 && !text)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withAccountId("000000000000")
                        .withApiId("local")
                        .withDomainName(headers.getOrDefault("host", "localhost"))
                        .withDomainPrefix("local")
                        .withStage("$default")
                        .withRouteKey(match.routeKey())
                        .withRequestId(UUID.randomUUID().toString())
                        .withTime(REQUEST_TIME.format(now))
                        .withTimeEpoch(now.toEpochMilli())
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod(request.method())
                                .withPath(request.rawPath())
                                .withProtocol(request.protocol())
                                .withSourceIp(sourceIp)
                                .withUserAgent(headers.getOrDefault("user-agent", ""))
                                .build())
                        .build())
                .build();
    }

    @Override
    public void close() {
        front.close();
        functions.forEach(LocalFunction::close);
    }
}
