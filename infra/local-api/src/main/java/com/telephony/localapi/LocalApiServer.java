package com.telephony.localapi;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import javax.net.ssl.SSLContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves every function of the template on one port, as {@code sam local start-api} does: each HTTP request
 * becomes an API Gateway HTTP API (payload 2.0) event for the function whose route matches, and the handler's
 * response becomes the HTTP response. Unmatched paths get API Gateway's own 404.
 */
public final class LocalApiServer implements AutoCloseable {
    /** How much body a request may carry: API Gateway's payload limit. */
    private static final int MAX_BODY_BYTES = 10 * 1024 * 1024;
    private static final DateTimeFormatter REQUEST_TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final HttpServer server;
    private final ExecutorService executor;
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
        if (tls == null) {
            this.server = HttpServer.create(new InetSocketAddress(host, port), 64);
        } else {
            HttpsServer https = HttpsServer.create(new InetSocketAddress(host, port), 64);
            https.setHttpsConfigurator(new HttpsConfigurator(tls));
            this.server = https;
        }
        this.scheme = tls == null ? "http" : "https";
        this.executor = Executors.newFixedThreadPool(8);
        server.setExecutor(executor);
        server.createContext("/", this::serve);
    }

    public void start() {
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public List<String> functionNames() {
        return functions.stream().map(LocalFunction::name).toList();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String rawPath = exchange.getRequestURI().getRawPath();
            var match = routes.match(method, rawPath);
            if (match.isEmpty()) {
                send(exchange, 404, Map.of("Content-Type", "application/json"), "{\"message\":\"Not Found\"}".getBytes(StandardCharsets.UTF_8));
                return;
            }
            byte[] body = readBody(exchange.getRequestBody());
            if (body == null) {
                send(exchange, 413, Map.of("Content-Type", "application/json"),
                        "{\"message\":\"Request Entity Too Large\"}".getBytes(StandardCharsets.UTF_8));
                return;
            }
            APIGatewayV2HTTPEvent event = toEvent(exchange, match.get(), body, scheme);
            APIGatewayV2HTTPResponse response;
            try {
                response = match.get().target().invoke(event);
            } catch (RuntimeException failure) {
                System.err.println("[local-api] " + match.get().target().name() + " failed: " + failure);
                failure.printStackTrace();
                send(exchange, 500, Map.of("Content-Type", "application/json"),
                        "{\"message\":\"Internal Server Error\"}".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String responseBody = response.getBody() == null ? "" : response.getBody();
            byte[] bytes = response.getIsBase64Encoded()
                    ? Base64.getDecoder().decode(responseBody) : responseBody.getBytes(StandardCharsets.UTF_8);
            send(exchange, response.getStatusCode(), response.getHeaders() == null ? Map.of() : response.getHeaders(), bytes);
        }
    }

    private static APIGatewayV2HTTPEvent toEvent(HttpExchange exchange, RouteTable.Match<LocalFunction> match, byte[] body,
                                                 String scheme) {
        Map<String, String> headers = new HashMap<>();
        List<String> cookies = new ArrayList<>();
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (name.equalsIgnoreCase("cookie")) {
                values.forEach(value -> cookies.addAll(List.of(value.split(";\\s*"))));
            } else {
                headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values));
            }
        });
        // API Gateway sets these itself, from the connection; links in answers are built from them.
        headers.put("x-forwarded-proto", scheme);
        headers.put("x-forwarded-port", Integer.toString(exchange.getLocalAddress().getPort()));
        headers.put("x-forwarded-for", exchange.getRemoteAddress().getAddress().getHostAddress());
        String contentType = headers.getOrDefault("content-type", "");
        // API Gateway passes text as is and base64-encodes everything else (forms and multipart included).
        boolean text = contentType.startsWith("application/json") || contentType.startsWith("text/")
                || contentType.startsWith("application/xml");
        String rawQuery = exchange.getRequestURI().getRawQuery();
        Instant now = Instant.now();
        String rawPath = exchange.getRequestURI().getRawPath();
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey(match.routeKey())
                .withRawPath(rawPath)
                .withRawQueryString(rawQuery == null ? "" : rawQuery)
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
                                .withMethod(exchange.getRequestMethod())
                                .withPath(rawPath)
                                .withProtocol(exchange.getProtocol())
                                .withSourceIp(exchange.getRemoteAddress().getAddress().getHostAddress())
                                .withUserAgent(headers.getOrDefault("user-agent", ""))
                                .build())
                        .build())
                .build();
    }

    /** The body, or {@code null} if it is larger than API Gateway accepts. */
    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        return body.length > MAX_BODY_BYTES ? null : body;
    }

    private static void send(HttpExchange exchange, int status, Map<String, String> headers, byte[] body) throws IOException {
        headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        boolean empty = body.length == 0 || status == 204 || "HEAD".equalsIgnoreCase(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, empty ? -1 : body.length);
        if (!empty) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        functions.forEach(LocalFunction::close);
    }
}
