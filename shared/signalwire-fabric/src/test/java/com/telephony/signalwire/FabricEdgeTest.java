package com.telephony.signalwire;

import com.telephony.domain.fabric.Project;
import com.telephony.domain.fabric.ProjectAuthenticator;
import com.telephony.domain.fabric.ProjectProvisioning;
import com.telephony.domain.fabric.SipEndpointService;
import com.telephony.http.Headers;
import com.telephony.http.HttpRequest;
import com.telephony.http.HttpResponse;
import com.telephony.http.Json;
import com.telephony.signalwire.sipendpoints.CreateSipEndpoint;
import com.telephony.signalwire.sipendpoints.DeleteSipEndpoint;
import com.telephony.signalwire.sipendpoints.GetSipEndpoint;
import com.telephony.signalwire.sipendpoints.ListSipEndpoints;
import com.telephony.signalwire.sipendpoints.UpdateSipEndpoint;
import com.telephony.store.memory.InMemoryStores;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The five SIP endpoint operations through the Fabric edge, over the in-memory stores: the resource's shape, the
 * partial merge, paging with links and tokens, and the 404/422 answers. No engine, no framework.
 */
class FabricEdgeTest {
    private static final Json JSON = new Json();
    private static final String COLLECTION = "/api/fabric/resources/sip_endpoints";

    private final InMemoryStores stores = InMemoryStores.create();
    private final Project project;
    private final String authorization;
    private final SipEndpointService service;
    private final Map<String, FabricEndpoint> operations;
    private Instant now = Instant.parse("2024-05-06T12:20:00Z");

    FabricEdgeTest() {
        ProjectProvisioning provisioning = new ProjectProvisioning(stores.projects());
        project = provisioning.createProject("Acme");
        String token = provisioning.issueToken(project.id()).plaintext();
        authorization = "Basic " + Base64.getEncoder().encodeToString((project.id() + ":" + token).getBytes(StandardCharsets.UTF_8));
        java.time.Clock clock = new java.time.Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public java.time.Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                now = now.plusSeconds(1);
                return now;
            }
        };
        service = new SipEndpointService(stores.sipEndpoints(), clock);
        ProjectAuthenticator authenticator = new ProjectAuthenticator(stores.projects());
        FabricResponses responses = new FabricResponses(JSON);
        operations = Map.of(
                "POST", new FabricEndpoint(new CreateSipEndpoint(service), authenticator, JSON, responses),
                "LIST", new FabricEndpoint(new ListSipEndpoints(service), authenticator, JSON, responses),
                "GET", new FabricEndpoint(new GetSipEndpoint(service), authenticator, JSON, responses),
                "PUT", new FabricEndpoint(new UpdateSipEndpoint(service), authenticator, JSON, responses),
                "DELETE", new FabricEndpoint(new DeleteSipEndpoint(service), authenticator, JSON, responses));
    }

    private HttpResponse call(String operation, String path, String query, String body) {
        String method = operation.equals("LIST") ? "GET" : operation;
        return operations.get(operation).handle(new HttpRequest(method, path, query,
                Headers.of(Map.of("Authorization", authorization, "Content-Type", "application/json", "Host", "api.example.com")),
                body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8)));
    }

    private JsonNode body(HttpResponse response) {
        return JSON.parse(response.body()).orElseThrow();
    }

    private String create(String username) {
        HttpResponse created = call("POST", COLLECTION, "", "{\"username\":\"" + username + "\",\"password\":\"pw\"}");
        assertEquals(200, created.status(), created.bodyText());
        return body(created).get("id").getStringValue();
    }

    @Test
    void createGetUpdateDelete() {
        HttpResponse created = call("POST", COLLECTION, "", "{\"username\":\"alice\",\"password\":\"secret\","
                + "\"codecs\":[\"PCMU\",\"PCMU\"],\"encryption\":\"required\",\"call_handler\":\"block-pstn\",\"id\":\"ignored\"}");
        assertEquals(200, created.status(), created.bodyText());
        JsonNode resource = body(created);
        String id = resource.get("id").getStringValue();
        assertEquals(project.id(), resource.get("project_id").getStringValue());
        assertEquals("alice", resource.get("display_name").getStringValue());
        assertEquals("sip_endpoint", resource.get("type").getStringValue());
        JsonNode endpoint = resource.get("sip_endpoint");
        assertEquals(1, endpoint.get("codecs").size(), "duplicates dropped");
        assertEquals("required", endpoint.get("encryption").getStringValue());
        assertEquals("block-pstn", endpoint.get("call_handler").getStringValue());
        assertTrue(endpoint.get("calling_handler_resource_id").isNull());
        assertFalse(created.bodyText().contains("secret"), "the password is never answered");

        assertEquals(resource, body(call("GET", COLLECTION + "/" + id.toUpperCase(), "", null)));

        HttpResponse updated = call("PUT", COLLECTION + "/" + id, "", "{\"username\":\"bob\",\"call_handler\":\"resource\","
                + "\"calling_handler_resource_id\":\"993ED018-9E79-4E50-B97B-984BD5534095\"}");
        assertEquals(200, updated.status(), updated.bodyText());
        JsonNode after = body(updated);
        assertEquals("bob", after.get("display_name").getStringValue());
        assertEquals("993ed018-9e79-4e50-b97b-984bd5534095",
                after.get("sip_endpoint").get("calling_handler_resource_id").getStringValue());
        assertEquals("required", after.get("sip_endpoint").get("encryption").getStringValue(), "omitted fields stay");

        HttpResponse deleted = call("DELETE", COLLECTION + "/" + id, "", null);
        assertEquals(204, deleted.status());
        assertEquals(0, deleted.body().length);
        assertEquals(404, call("GET", COLLECTION + "/" + id, "", null).status());
        assertEquals(404, call("DELETE", COLLECTION + "/" + id, "", null).status());
        assertEquals(404, call("GET", COLLECTION + "/not-a-uuid", "", null).status());
    }

    @Test
    void validationAnswersOne422WithEveryProblem() {
        HttpResponse response = call("POST", COLLECTION, "", "{\"username\":\"has space\",\"ciphers\":\"x\","
                + "\"encryption\":\"disabled\",\"caller_id\":null,\"call_handler\":\"resource\"}");
        assertEquals(422, response.status());
        List<String> problems = new ArrayList<>();
        body(response).get("errors").values().forEach(item -> problems.add(item.get("attribute").getStringValue() + ":"
                + item.get("code").getStringValue()));
        assertEquals(List.of("username:invalid_parameter", "password:missing_required_parameter",
                "caller_id:invalid_parameter", "ciphers:invalid_parameter", "encryption:invalid_parameter",
                "calling_handler_resource_id:missing_required_parameter"), problems);

        create("taken");
        HttpResponse taken = call("POST", COLLECTION, "", "{\"username\":\"taken\",\"password\":\"pw\"}");
        assertEquals(422, taken.status());
        assertEquals("not_unique_within_project", body(taken).get("errors").get(0).get("code").getStringValue());
        String id = create("other");
        HttpResponse update = call("PUT", COLLECTION + "/" + id, "", "{\"password\":\"\"}");
        assertEquals(422, update.status(), "a PUT needs calling_handler_resource_id and a non-blank password");
        assertEquals(2, body(update).get("errors").size());
    }

    @Test
    void theListPagesNewestFirstWithLinksAndTokens() {
        List<String> newestFirst = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            newestFirst.add(0, create("u" + i));
        }
        JsonNode first = body(call("LIST", COLLECTION, "page_size=2&type=sip_endpoint", null));
        assertEquals(List.of(newestFirst.get(0), newestFirst.get(1)), ids(first));
        JsonNode links = first.get("links");
        assertTrue(links.get("self").getStringValue().startsWith("https://api.example.com" + COLLECTION + "?"));
        assertNull(links.get("prev"));
        String next = links.get("next").getStringValue();
        String nextQuery = next.substring(next.indexOf('?') + 1);

        JsonNode second = body(call("LIST", COLLECTION, nextQuery, null));
        assertEquals(List.of(newestFirst.get(2), newestFirst.get(3)), ids(second));
        String prev = second.get("links").get("prev").getStringValue();
        JsonNode back = body(call("LIST", COLLECTION, prev.substring(prev.indexOf('?') + 1), null));
        assertEquals(List.of(newestFirst.get(0), newestFirst.get(1)), ids(back));

        for (String bad : List.of("page_size=0", "page_size=abc", "page_number=-1", "page_number=2", "page_token=garbage")) {
            HttpResponse response = call("LIST", COLLECTION, bad, null);
            assertEquals(422, response.status(), bad);
        }
    }

    @Test
    void wrongCredentialsAndRoutesComeFirst() {
        HttpResponse noAuth = operations.get("POST").handle(new HttpRequest("POST", COLLECTION, "",
                Headers.of(Map.of()), "{".getBytes(StandardCharsets.UTF_8)));
        assertEquals(401, noAuth.status());
        assertEquals(404, call("POST", COLLECTION + "/x", "", "{}").status());
        assertEquals(400, call("POST", COLLECTION, "", "[]").status());
        assertFalse(operations.get("GET").primingRequests().isEmpty());
        assertEquals(401, operations.get("GET").handle(operations.get("GET").primingRequests().get(0)).status());
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("data").values().forEach(item -> ids.add(item.get("id").getStringValue()));
        return ids;
    }
}
