package com.telephony.localapi;

import com.telephony.testing.TestDynamoDb;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

/**
 * Starts the local API once per test JVM exactly as a user would get it (real artifacts from the template's
 * CodeUris, real handlers, API Gateway events), on the test engine, a fresh table and a free port.
 * API tests then talk plain HTTP to it.
 */
final class LocalApiSupport {
    private static LocalApi api;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static synchronized LocalApi api() {
        if (api == null) {
            TestDynamoDb engine = TestDynamoDb.get();
            Path template = Path.of(System.getProperty("repo.root", "../..")).resolve("infra/template.yaml");
            try {
                api = LocalApi.start(new LocalApi.Options("127.0.0.1", 0, template, null,
                        engine.endpoint().toString(), 0, engine.uniqueTableName("local-api-test"), "us-east-1"));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(api::close));
        }
        return api;
    }

    record Answer(int status, String contentType, String body) {
        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    static Answer send(String method, String url, String contentType, String body) {
        return send(method, url, contentType == null ? Map.of() : Map.of("Content-Type", contentType), body);
    }

    static Answer send(String method, String url, Map<String, String> headers, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        headers.forEach(request::header);
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("content-type").orElse(""), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Answer postJson(String url, String json) {
        return send("POST", url, "application/json", json);
    }

    static Answer postForm(String url, String form) {
        return send("POST", url, "application/x-www-form-urlencoded", form);
    }

    private LocalApiSupport() {
    }
}
