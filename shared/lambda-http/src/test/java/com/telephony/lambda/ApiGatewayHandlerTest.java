package com.telephony.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.telephony.http.Headers;
import com.telephony.http.HttpEndpoint;
import com.telephony.http.HttpRequest;
import com.telephony.http.HttpResponse;
import com.telephony.lambda.context.InvocationContext;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The handler base and the event conversion, with the realistic event files of {@code infra/events} decoded as
 * Lambda's Java runtime decodes them, a Lambda {@link com.amazonaws.services.lambda.runtime.Context}, and an
 * endpoint that records what it was given.
 */
class ApiGatewayHandlerTest {
    private static final Path EVENTS = Path.of(System.getProperty("repo.root", "../.."), "infra/events");

    /** Records every request and answers with what it saw. */
    static final class RecordingEndpoint implements HttpEndpoint {
        final List<HttpRequest> seen = new ArrayList<>();

        @Override
        public HttpResponse handle(HttpRequest request) {
            seen.add(request);
            return new HttpResponse(201, Map.of("Content-Type", "text/plain", "X-Method", request.method()),
                    (request.method() + " " + request.path() + "?" + request.rawQuery() + " "
                            + new String(request.body(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public List<HttpRequest> primingRequests() {
            return List.of(new HttpRequest("POST", "/rest/0/priming/voximplant.sip.get", "", Headers.of(Map.of()),
                    "{}".getBytes(StandardCharsets.UTF_8)));
        }
    }

    static final class TestHandler extends ApiGatewayHandler {
        static RecordingEndpoint endpoint;

        TestHandler() {
            super(context -> endpoint = new RecordingEndpoint());
        }
    }

    private static APIGatewayV2HTTPEvent event(String file) throws IOException {
        try (InputStream in = Files.newInputStream(EVENTS.resolve(file))) {
            return LambdaEventSerializers.serializerFor(APIGatewayV2HTTPEvent.class, ApiGatewayHandlerTest.class.getClassLoader())
                    .fromJson(in);
        }
    }

    @Test
    void aRealisticEventGoesThroughTheHandlerAndBack() throws IOException {
        try (TestHandler handler = new TestHandler()) {
            APIGatewayV2HTTPEvent event = event("sip-add.json");
            APIGatewayV2HTTPResponse response = handler.handleRequest(event,
                    new InvocationContext("SipAddFunction", "request-1", "test", System.out));
            HttpRequest seen = TestHandler.endpoint.seen.get(0);
            assertEquals("POST", seen.method());
            assertEquals("/rest/1/localdevwebhook/voximplant.sip.add", seen.path());
            assertEquals("application/json", seen.headers().first("Content-Type").orElseThrow(), "headers are case-insensitive");
            assertEquals(event.getBody(), new String(seen.body(), StandardCharsets.UTF_8));
            assertEquals(201, response.getStatusCode());
            assertEquals("POST", response.getHeaders().get("X-Method"));
            assertFalse(response.getIsBase64Encoded());
            assertNotNull(handler.context());
        }
    }

    @Test
    void everyEventFileDecodesToARequest() throws IOException {
        List<Path> files;
        try (var list = Files.list(EVENTS)) {
            files = list.filter(path -> path.toString().endsWith(".json") && !path.endsWith("env.json")).toList();
        }
        assertFalse(files.isEmpty());
        for (Path file : files) {
            HttpRequest request = ApiGatewayEvents.toRequest(event(file.getFileName().toString()));
            assertFalse(request.path().isEmpty(), file.toString());
            assertFalse(request.method().isEmpty(), file.toString());
        }
    }

    @Test
    void base64BodiesAreDecodedAndMalformedOnesAreEmpty() {
        APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder()
                .withRawPath("/rest/voximplant.sip.get").withRawQueryString("FILTER[TYPE]=cloud")
                .withBody(Base64.getEncoder().encodeToString("a=1&b[]=2".getBytes(StandardCharsets.UTF_8)))
                .withIsBase64Encoded(true).build();
        HttpRequest request = ApiGatewayEvents.toRequest(event);
        assertEquals("GET", request.method(), "no request context: GET");
        assertEquals("FILTER[TYPE]=cloud", request.rawQuery(), "the raw query is kept as sent");
        assertArrayEquals("a=1&b[]=2".getBytes(StandardCharsets.UTF_8), request.body());

        event.setBody("not base64!");
        assertEquals(0, ApiGatewayEvents.toRequest(event).body().length);
        event.setBody(null);
        assertEquals(0, ApiGatewayEvents.toRequest(event).body().length);
        event.setRawPath(null);
        assertEquals("/", ApiGatewayEvents.toRequest(event).path());
    }

    @Test
    void aRequestBecomesTheEventApiGatewayWouldSendAndBack() {
        HttpRequest request = new HttpRequest("PUT", "/api/fabric/resources/sip_endpoints/x", "a=1",
                Headers.of(Map.of("content-type", "application/json")), "{\"k\":1}".getBytes(StandardCharsets.UTF_8));
        HttpRequest back = ApiGatewayEvents.toRequest(ApiGatewayEvents.toEvent(request));
        assertEquals(request.method(), back.method());
        assertEquals(request.path(), back.path());
        assertEquals(request.rawQuery(), back.rawQuery());
        assertArrayEquals(request.body(), back.body());
        assertEquals("application/json", back.headers().first("content-type").orElseThrow());
    }

    @Test
    void primingSendsTheEndpointsRequestsThroughTheWholeHandler() {
        try (TestHandler handler = new TestHandler()) {
            RecordingEndpoint functions = TestHandler.endpoint;
            ApiGatewayHandler.Priming priming = handler.prime();
            assertEquals(List.of(201), priming.primingStatuses());
            assertEquals(StoragePriming.DEFAULT_ROUNDS, priming.storageRounds());
            assertEquals("/rest/0/priming/voximplant.sip.get", functions.seen.get(0).path());
            handler.beforeCheckpoint(null);
            handler.afterRestore(null);
            // one priming request per round, for every round of both primings; restoring sends none
            assertEquals(2 * StoragePriming.DEFAULT_ROUNDS, functions.seen.size());
        }
    }
}
