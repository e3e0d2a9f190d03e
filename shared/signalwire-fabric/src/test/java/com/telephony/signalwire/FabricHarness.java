package com.telephony.signalwire;

import com.telephony.domain.fabric.ProjectAuthenticator;
import com.telephony.domain.fabric.ProjectProvisioning;
import com.telephony.domain.fabric.SipEndpoint;
import com.telephony.domain.fabric.SipEndpointService;
import com.telephony.domain.fabric.SipEndpointSettings;
import com.telephony.http.Headers;
import com.telephony.http.HttpRequest;
import com.telephony.http.HttpResponse;
import com.telephony.http.Json;
import com.telephony.signalwire.sipendpoints.CreateSipEndpoint;
import com.telephony.signalwire.sipendpoints.DeleteSipEndpoint;
import com.telephony.signalwire.sipendpoints.FieldInput;
import com.telephony.signalwire.sipendpoints.GetSipEndpoint;
import com.telephony.signalwire.sipendpoints.ListSipEndpoints;
import com.telephony.signalwire.sipendpoints.SipEndpointFields;
import com.telephony.signalwire.sipendpoints.SipEndpointRules;
import com.telephony.signalwire.sipendpoints.UpdateSipEndpoint;
import com.telephony.store.memory.InMemoryStores;
import com.telephony.testsupport.TestProject;
import io.micronaut.json.tree.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.telephony.testsupport.JsonFields.keys;
import static com.telephony.testsupport.JsonFields.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Fabric edge with the five SIP endpoint operations over the in-memory stores, wired by hand as the functions'
 * factory does, with callers and the answer checks the operations' tests need: what the functions' handler tests
 * asked of the real engine, without one (docs/architecture.md, "Tests, in tiers"). The OpenAPI check of answers
 * stays in the handler tests (shared/test-support depends on this module); here fields and types are asserted.
 */
public final class FabricHarness {
    public static final String COLLECTION = "/api/fabric/resources/sip_endpoints";
    /** The Host header every call sends; links are built from it. */
    public static final String HOST = "api.example.test";
    public static final String BASE = "https://" + HOST + COLLECTION;
    public static final String CONTENT_TYPE = "application/json; charset=utf-8";
    private static final String UUID_V7 = "[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";
    private static final String TIME = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ";
    private static final Json JSON = new Json();

    /** The five operations, each one function's whole edge. */
    public enum Operation {
        CREATE("POST"), LIST("GET"), GET("GET"), UPDATE("PUT"), DELETE("DELETE");

        final String method;

        Operation(String method) {
            this.method = method;
        }
    }

    /** One item of a 422 body. */
    public record Item(String code, String attribute, String message) {
    }

    public final InMemoryStores stores = InMemoryStores.create();
    public final ProjectProvisioning provisioning = new ProjectProvisioning(stores.projects());
    /** The use case behind the edges, to arrange endpoints and read what is stored. */
    public final SipEndpointService endpoints;
    private final Map<Operation, FabricEndpoint> edges = new EnumMap<>(Operation.class);
    private Instant now;

    /** Every reading of the clock is one second after the last, so creation order is time order. */
    public FabricHarness() {
        this(Instant.parse("2024-05-06T12:20:00.500Z"));
    }

    public FabricHarness(Instant start) {
        now = start;
        Clock ticking = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                now = now.plusSeconds(1);
                return now;
            }
        };
        SipEndpointService service = new SipEndpointService(stores.sipEndpoints(), ticking);
        ProjectAuthenticator authenticator = new ProjectAuthenticator(stores.projects());
        FabricResponses responses = new FabricResponses(JSON);
        edges.put(Operation.CREATE, new FabricEndpoint(new CreateSipEndpoint(service), authenticator, JSON, responses));
        edges.put(Operation.LIST, new FabricEndpoint(new ListSipEndpoints(service), authenticator, JSON, responses));
        edges.put(Operation.GET, new FabricEndpoint(new GetSipEndpoint(service), authenticator, JSON, responses));
        edges.put(Operation.UPDATE, new FabricEndpoint(new UpdateSipEndpoint(service), authenticator, JSON, responses));
        edges.put(Operation.DELETE, new FabricEndpoint(new DeleteSipEndpoint(service), authenticator, JSON, responses));
        this.endpoints = service;
    }

    /** The whole edge of one operation's function. */
    public FabricEndpoint edge(Operation operation) {
        return edges.get(operation);
    }

    public TestProject newProject() {
        return TestProject.create(provisioning);
    }

    /** {@code authorization} and {@code contentType} may be {@code null} (header not sent). */
    public HttpResponse send(Operation operation, String method, String path, String rawQuery, String authorization,
                             String contentType, String body) {
        Map<String, String> headers = new HashMap<>();
        headers.put("Host", HOST);
        headers.put("X-Forwarded-Proto", "https");
        if (authorization != null) {
            headers.put("Authorization", authorization);
        }
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        return edges.get(operation).handle(new HttpRequest(method, path, rawQuery, Headers.of(headers),
                body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8)));
    }

    public HttpResponse create(TestProject project, String json) {
        return send(Operation.CREATE, "POST", COLLECTION, "", project.authorization(), "application/json", json);
    }

    public HttpResponse list(TestProject project, String rawQuery) {
        return send(Operation.LIST, "GET", COLLECTION, rawQuery, project.authorization(), null, null);
    }

    public HttpResponse get(TestProject project, String id) {
        return send(Operation.GET, "GET", COLLECTION + "/" + id, "", project.authorization(), null, null);
    }

    public HttpResponse update(TestProject project, String id, String json) {
        return send(Operation.UPDATE, "PUT", COLLECTION + "/" + id, "", project.authorization(), "application/json", json);
    }

    public HttpResponse delete(TestProject project, String id) {
        return send(Operation.DELETE, "DELETE", COLLECTION + "/" + id, "", project.authorization(), null, null);
    }

    /** The operation's own method on a path, authenticated as {@code project}. */
    public HttpResponse call(Operation operation, String path, String rawQuery, String authorization) {
        return send(operation, operation.method, path, rawQuery, authorization,
                operation == Operation.CREATE || operation == Operation.UPDATE ? "application/json" : null,
                operation == Operation.CREATE || operation == Operation.UPDATE ? "{}" : null);
    }

    /** An endpoint arranged through the use case with fields keyed by the API's names, read by the create rules. */
    public SipEndpoint arrange(TestProject project, Map<String, ?> fields) {
        return endpoints.create(project.caller(), settings(fields));
    }

    public SipEndpoint arrange(TestProject project, String username) {
        return arrange(project, Map.of("username", username, "password", "secret-" + username));
    }

    public static SipEndpointSettings settings(Map<String, ?> values) {
        return SipEndpointRules.forCreate(new SipEndpointFields(text(values, "username"), text(values, "password"),
                text(values, "caller_id"), text(values, "send_as"), list(values, "ciphers"), list(values, "codecs"),
                text(values, "encryption"), text(values, "call_handler"), text(values, "calling_handler_resource_id")));
    }

    private static FieldInput<String> text(Map<String, ?> values, String key) {
        if (!values.containsKey(key)) {
            return FieldInput.absent();
        }
        Object value = values.get(key);
        return value == null ? FieldInput.nullValue() : FieldInput.of((String) value);
    }

    @SuppressWarnings("unchecked")
    private static FieldInput<List<String>> list(Map<String, ?> values, String key) {
        if (!values.containsKey(key)) {
            return FieldInput.absent();
        }
        Object value = values.get(key);
        return value == null ? FieldInput.nullValue() : FieldInput.of((List<String>) value);
    }

    public static JsonNode json(HttpResponse response) {
        return JSON.parse(response.body()).orElseThrow(() -> new AssertionError("not JSON: " + response.bodyText()));
    }

    /** {@code {"error": <phrase>}} and nothing else, as JSON. */
    public static void assertError(HttpResponse response, int status, String phrase) {
        assertEquals(status, response.status(), response::bodyText);
        assertEquals(CONTENT_TYPE, response.headers().get("Content-Type"));
        assertEquals("{\"error\":\"" + phrase + "\"}", response.bodyText());
    }

    /** A 422 with exactly one item, of this code and attribute; returns its message. */
    public static String assertInvalid(HttpResponse response, String code, String attribute) {
        List<Item> items = assertInvalid(response);
        assertEquals(1, items.size(), response::bodyText);
        assertEquals(code, items.get(0).code(), response::bodyText);
        assertEquals(attribute, items.get(0).attribute(), response::bodyText);
        return items.get(0).message();
    }

    /** A 422 whose items have the documented shape; its items in order. */
    public static List<Item> assertInvalid(HttpResponse response) {
        assertEquals(422, response.status(), response::bodyText);
        assertEquals(CONTENT_TYPE, response.headers().get("Content-Type"));
        JsonNode body = json(response);
        assertEquals(List.of("errors"), keys(body));
        assertTrue(body.get("errors").isArray() && body.get("errors").size() > 0, response::bodyText);
        List<Item> items = new ArrayList<>();
        for (JsonNode item : body.get("errors").values()) {
            assertEquals(List.of("type", "code", "message", "attribute", "url"), keys(item));
            assertEquals("validation_error", item.get("type").getStringValue());
            assertEquals("https://signalwire.com/docs/apis/error-codes", item.get("url").getStringValue());
            assertTrue(item.get("message").isString() && item.get("code").isString(), item::toString);
            items.add(new Item(item.get("code").getStringValue(),
                    item.get("attribute").isNull() ? null : item.get("attribute").getStringValue(),
                    item.get("message").getStringValue()));
        }
        return items;
    }

    /** A 200 with one resource of the documented shape; its body. */
    public static JsonNode assertResource(HttpResponse response) {
        assertEquals(200, response.status(), response::bodyText);
        assertEquals(CONTENT_TYPE, response.headers().get("Content-Type"));
        JsonNode body = json(response);
        assertResourceShape(body);
        return body;
    }

    /**
     * Every key of the resource, in the upstream example's order, with its type: ids are lowercase UUIDv7s, times
     * whole UTC seconds, enums strings, lists arrays of strings, the resource id a string or null.
     */
    public static void assertResourceShape(JsonNode resource) {
        assertEquals(List.of("id", "project_id", "display_name", "type", "created_at", "updated_at", "sip_endpoint"),
                keys(resource), resource::toString);
        assertTrue(string(resource, "id").matches(UUID_V7), resource::toString);
        assertTrue(resource.get("project_id").isString() && resource.get("display_name").isString(), resource::toString);
        assertEquals("sip_endpoint", string(resource, "type"));
        assertTrue(string(resource, "created_at").matches(TIME), resource::toString);
        assertTrue(string(resource, "updated_at").matches(TIME), resource::toString);
        JsonNode endpoint = resource.get("sip_endpoint");
        assertEquals(List.of("id", "username", "caller_id", "send_as", "ciphers", "codecs", "encryption", "call_handler",
                "calling_handler_resource_id"), keys(endpoint), endpoint::toString);
        assertEquals(string(resource, "id"), string(endpoint, "id"), "the resource and its endpoint share the id");
        assertEquals(string(resource, "display_name"), string(endpoint, "username"), "display_name is the username");
        for (String key : List.of("username", "caller_id", "send_as", "encryption", "call_handler")) {
            assertTrue(endpoint.get(key).isString(), key);
        }
        for (String key : List.of("ciphers", "codecs")) {
            assertTrue(endpoint.get(key).isArray(), key);
            endpoint.get(key).values().forEach(value -> assertTrue(value.isString(), key));
        }
        JsonNode resourceId = endpoint.get("calling_handler_resource_id");
        assertTrue(resourceId.isNull() || resourceId.isString() && resourceId.getStringValue().matches(
                "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"), endpoint::toString);
    }

    /** The ids of a list answer's {@code data}, in order. */
    public static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("data").values().forEach(item -> ids.add(string(item, "id")));
        return ids;
    }
}
