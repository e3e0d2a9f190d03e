package com.telephony.signalwire;

import com.telephony.domain.DomainException;
import com.telephony.domain.fabric.InvalidProjectCredentials;
import com.telephony.domain.fabric.Project;
import com.telephony.domain.fabric.ProjectAuthenticator;
import com.telephony.domain.fabric.ProjectStore;
import com.telephony.domain.fabric.ProjectToken;
import com.telephony.domain.fabric.SipEndpointNotFound;
import com.telephony.domain.fabric.SipEndpointUsernameTaken;
import com.telephony.domain.tenancy.Secrets;
import com.telephony.http.Headers;
import com.telephony.http.HttpRequest;
import com.telephony.http.HttpResponse;
import com.telephony.http.Json;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The edge's own decisions, with the operation replaced: check order, error bodies, the 500 that leaks nothing,
 * link origins. Projects come from a map: the real store is tested on a real engine in store-dynamodb.
 */
class FabricEndpointTest {
    private static final String PROJECT = "1313fe58-5e14-4c11-bbe7-6fdfa11fe780";
    private static final String TOKEN = "PTtoken";
    private static final Json JSON = new Json();

    /** An in-memory project store holding one project and its token. */
    private static final ProjectStore PROJECTS = new ProjectStore() {
        private final Map<String, ProjectToken> tokens = Map.of(Secrets.sha256(TOKEN), new ProjectToken(Secrets.sha256(TOKEN), PROJECT));

        @Override
        public void saveProject(Project project) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void saveToken(ProjectToken token) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Project> findProject(String projectId) {
            return Optional.empty();
        }

        @Override
        public Optional<ProjectToken> findToken(String tokenHash) {
            return Optional.ofNullable(tokens.get(tokenHash));
        }
    };

    private static FabricEndpoint endpoint(OperationSpec spec, BiFunction<com.telephony.domain.fabric.ProjectCaller, FabricRequest, FabricResult> body) {
        FabricOperation operation = new FabricOperation() {
            @Override
            public OperationSpec spec() {
                return spec;
            }

            @Override
            public FabricResult invoke(com.telephony.domain.fabric.ProjectCaller caller, FabricRequest request) {
                return body.apply(caller, request);
            }
        };
        return new FabricEndpoint(operation, new ProjectAuthenticator(PROJECTS), JSON, new FabricResponses(JSON));
    }

    private static final OperationSpec PUT_ITEM = new OperationSpec("update-sip-endpoint", "PUT", FabricRoute.Target.ITEM, true);
    private static final OperationSpec GET_COLLECTION = new OperationSpec("list-sip-endpoints", "GET", FabricRoute.Target.COLLECTION, false);

    private static HttpRequest request(String method, String path, Map<String, String> headers, String body) {
        return new HttpRequest(method, path, "", Headers.of(headers), body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, String> authorized(String contentType) {
        Map<String, String> headers = new HashMap<>();
        headers.put("Authorization", "Basic " + Base64.getEncoder().encodeToString((PROJECT + ":" + TOKEN).getBytes(StandardCharsets.UTF_8)));
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        return headers;
    }

    @Test
    void anUnexpectedFailureIsA500ThatLeaksNothing() {
        FabricEndpoint failing = endpoint(PUT_ITEM, (caller, request) -> {
            throw new IllegalStateException("password=hunter2 at table telephony-prod");
        });
        HttpResponse response = failing.handle(request("PUT", "/api/fabric/resources/sip_endpoints/x", authorized("application/json"),
                "{\"password\":\"hunter2\"}"));
        assertEquals(500, response.status());
        assertEquals("{\"error\":\"Internal Server Error\"}", response.bodyText());
        assertEquals("application/json; charset=utf-8", response.headers().get("Content-Type"));
    }

    @Test
    void everyMappedDomainErrorHasItsStatusAndAnUnmappedOneIs500() {
        Map<DomainException, String> expected = Map.of(
                new InvalidProjectCredentials(), "401 {\"error\":\"Unauthorized\"}",
                new SipEndpointNotFound(), "404 {\"error\":\"Not Found\"}",
                new SipEndpointUsernameTaken(), "422 {\"errors\":[{\"type\":\"validation_error\",\"code\":\"not_unique_within_project\","
                        + "\"message\":\"username must be unique within the project\",\"attribute\":\"username\","
                        + "\"url\":\"https://signalwire.com/docs/apis/error-codes\"}]}",
                new DomainException("unmapped") {
                }, "500 {\"error\":\"Internal Server Error\"}");
        expected.forEach((error, answer) -> {
            HttpResponse response = endpoint(GET_COLLECTION, (caller, request) -> {
                throw error;
            }).handle(request("GET", "/api/fabric/resources/sip_endpoints", authorized(null), null));
            assertEquals(answer, response.status() + " " + response.bodyText());
        });
    }

    @Test
    void checkOrderRouteThenAuthThenBody() {
        FabricEndpoint update = endpoint(PUT_ITEM, (caller, request) -> FabricResult.noContent());
        String item = "/api/fabric/resources/sip_endpoints/anything";
        assertEquals(404, update.handle(request("GET", item, Map.of(), null)).status(), "not this operation: 404 before auth");
        assertEquals(404, update.handle(request("PUT", "/api/fabric/resources/sip_endpoints", Map.of(), "{}")).status());
        assertEquals(401, update.handle(request("PUT", item, Map.of(), "{not json")).status(), "auth before the body");
        assertEquals(400, update.handle(request("PUT", item, authorized("application/json"), "{not json")).status());
        assertEquals(400, update.handle(request("PUT", item, authorized("application/xml"), "{}")).status());
        HttpResponse ok = update.handle(request("put", item, authorized("application/json;charset=utf-8"), "{}"));
        assertEquals(204, ok.status());
        assertEquals(0, ok.body().length);
        assertNull(ok.headers().get("Content-Type"), "no content type without a body");
    }

    @Test
    void theOperationGetsTheDecodedRequestAndTheClientsOrigin() {
        AtomicReference<FabricRequest> seen = new AtomicReference<>();
        FabricEndpoint list = endpoint(GET_COLLECTION, (caller, request) -> {
            seen.set(request);
            assertEquals(PROJECT, caller.projectId());
            return FabricResult.ok(JsonNode.createObjectNode(Map.of()));
        });
        Map<String, String> headers = authorized(null);
        headers.put("Host", "acme.example.com");
        headers.put("X-Forwarded-Proto", "http, https");
        list.handle(new HttpRequest("GET", "/stage/api/fabric/resources/sip_endpoints", "page_size=5&page_size=7&x=%ZZ&type",
                Headers.of(headers), null));
        assertEquals("http://acme.example.com/stage/api/fabric/resources/sip_endpoints", seen.get().collectionUrl());
        assertEquals(Map.of("page_size", "7", "type", ""), seen.get().query(), "last value wins; malformed ignored");

        headers.put("Host", "evil.example.com/\"><script>");
        headers.remove("X-Forwarded-Proto");
        list.handle(request("GET", "/api/fabric/resources/sip_endpoints", headers, null));
        assertEquals("https://localhost/api/fabric/resources/sip_endpoints", seen.get().collectionUrl());
        assertFalse(seen.get().collectionUrl().contains("evil"));
    }
}
