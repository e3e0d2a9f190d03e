package com.telephony.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

/**
 * Sends an API Gateway event to the local API as the HTTP request it describes: the scenario set-up steps go
 * through the real routes and functions, as a user's curl would.
 */
final class LocalApiClient {
    /** Headers the HTTP client sets itself (and refuses to be given). */
    private static final Set<String> RESTRICTED = Set.of("host", "content-length", "connection", "expect", "upgrade");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String baseUrl;

    LocalApiClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    record Answer(int status, String body) {
        boolean succeeded() {
            return status >= 200 && status < 300;
        }
    }

    @SuppressWarnings("unchecked")
    Answer send(String eventJson) {
        Map<String, Object> event = JsonIo.readObject(eventJson);
        Map<String, Object> http = (Map<String, Object>) ((Map<String, Object>) event.getOrDefault("requestContext",
                Map.of())).getOrDefault("http", Map.of());
        String method = String.valueOf(http.getOrDefault("method", "GET"));
        String query = String.valueOf(event.getOrDefault("rawQueryString", ""));
        URI uri = URI.create(baseUrl + event.getOrDefault("rawPath", "/") + (query.isEmpty() ? "" : "?" + query));
        byte[] body = new byte[0];
        if (event.get("body") instanceof String text) {
            body = Boolean.TRUE.equals(event.get("isBase64Encoded"))
                    ? Base64.getDecoder().decode(text) : text.getBytes(StandardCharsets.UTF_8);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        ((Map<String, Object>) event.getOrDefault("headers", Map.of())).forEach((name, value) -> {
            if (!RESTRICTED.contains(name.toLowerCase())) {
                request.header(name, String.valueOf(value));
            }
        });
        try {
            HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("local API call " + method + " " + uri + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
