package com.telephony.localapi;

import com.telephony.testsupport.SignalWireContract;
import com.telephony.testsupport.SignalWireContract.Operation;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.telephony.localapi.LocalApiSupport.api;
import static com.telephony.localapi.LocalApiSupport.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SignalWire SIP endpoint API over HTTP against the local API, as a user runs it with the dev project
 * (the requests are the README's curl examples). Every answer is checked against the OpenAPI contract.
 */
class SipEndpointsApiIT {
    /** The documentation's PUT body, exactly as its generated examples send it. */
    private static final String SEED_BODY = "{\n  \"calling_handler_resource_id\": \"993ed018-9e79-4e50-b97b-984bd5534095\"\n}";
    private static final Pattern ID = Pattern.compile("^\\{\"id\":\"([0-9a-f-]{36})\"");

    /** What {@code curl -u project:token} sends. */
    private static Map<String, String> auth(String contentType) {
        Map<String, String> headers = new HashMap<>();
        String credentials = api().signalWireProjectId() + ":" + api().signalWireToken();
        headers.put("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        return headers;
    }

    private static LocalApiSupport.Answer call(Operation operation, String method, String url, String body) {
        LocalApiSupport.Answer answer = send(method, url, auth(body == null ? null : "application/json"), body);
        SignalWireContract.assertConforms(operation, answer.status(), answer.contentType(), answer.body());
        return answer;
    }

    private static String create(String body) {
        LocalApiSupport.Answer created = call(Operation.CREATE, "POST", api().sipEndpointsUrl(), body);
        assertEquals(200, created.status(), created::toString);
        Matcher id = ID.matcher(created.body());
        assertTrue(id.find(), created.body());
        return id.group(1);
    }

    private static String unique(String name) {
        return name + "-" + System.nanoTime();
    }

    @Test
    void seedUpdateExampleOnAResourceHandlerEndpoint() {
        String id = create("{\"username\":\"" + unique("front-desk") + "\",\"password\":\"secret\",\"call_handler\":\"resource\","
                + "\"calling_handler_resource_id\":\"0b6f3c2e-41a8-4c57-9a0d-5a6f1d2c3b4e\"}");

        LocalApiSupport.Answer updated = call(Operation.UPDATE, "PUT", api().sipEndpointsUrl() + "/" + id, SEED_BODY);

        assertEquals(200, updated.status(), updated::toString);
        assertEquals("application/json; charset=utf-8", updated.contentType());
        assertTrue(updated.body().contains("\"call_handler\":\"resource\",\"calling_handler_resource_id\":\"993ed018-9e79-4e50-b97b-984bd5534095\"}"),
                updated.body());
        assertTrue(updated.body().contains("\"project_id\":\"" + api().signalWireProjectId() + "\""), updated.body());
        assertFalse(updated.body().contains("secret"), "the password is never answered");
    }

    @Test
    void seedUpdateExampleOnADefaultHandlerEndpoint() {
        String id = create("{\"username\":\"" + unique("lobby") + "\",\"password\":\"secret\"}");
        LocalApiSupport.Answer updated = call(Operation.UPDATE, "PUT", api().sipEndpointsUrl() + "/" + id, SEED_BODY);
        assertEquals(200, updated.status(), updated::toString);
        assertTrue(updated.body().endsWith("\"call_handler\":\"default\",\"calling_handler_resource_id\":null}}"), updated.body());
    }

    @Test
    void createGetListUpdateDelete() {
        String username = unique("alice");
        String id = create("{\"username\":\"" + username + "\",\"password\":\"secret\"}");
        String item = api().sipEndpointsUrl() + "/" + id;

        LocalApiSupport.Answer got = call(Operation.GET, "GET", item, null);
        assertEquals(200, got.status(), got::toString);
        assertTrue(got.body().contains("\"username\":\"" + username + "\""), got.body());

        LocalApiSupport.Answer list = call(Operation.LIST, "GET", api().sipEndpointsUrl() + "?page_size=1", null);
        assertEquals(200, list.status(), list::toString);
        assertTrue(list.body().startsWith("{\"data\":[{\"id\":\"" + id + "\""), "newest first: " + list.body());
        assertTrue(list.body().contains("\"self\":\"" + api().sipEndpointsUrl() + "?page_number=0&page_size=1&type=sip_endpoint\""),
                "links are absolute URLs of this server: " + list.body());
        Matcher next = Pattern.compile("\"next\":\"([^\"]+)\"").matcher(list.body());
        if (next.find()) {
            LocalApiSupport.Answer second = call(Operation.LIST, "GET", next.group(1), null);
            assertEquals(200, second.status(), second::toString);
            assertFalse(second.body().contains("\"id\":\"" + id + "\""), "the next page continues after this endpoint");
            assertTrue(second.body().contains("\"self\":\"" + next.group(1) + "\""), second.body());
        }

        LocalApiSupport.Answer updated = call(Operation.UPDATE, "PUT", item,
                "{\"caller_id\":\"+15550100\",\"codecs\":[\"OPUS\"],\"calling_handler_resource_id\":null}");
        assertEquals(200, updated.status(), updated::toString);
        assertTrue(updated.body().contains("\"caller_id\":\"+15550100\""), updated.body());

        LocalApiSupport.Answer deleted = call(Operation.DELETE, "DELETE", item, null);
        assertEquals(204, deleted.status(), deleted::toString);
        assertEquals("", deleted.body());
        LocalApiSupport.Answer gone = call(Operation.GET, "GET", item, null);
        assertEquals(404, gone.status());
        assertEquals("{\"error\":\"Not Found\"}", gone.body());
    }

    @Test
    void errorsOverHttp() {
        LocalApiSupport.Answer noAuth = send("GET", api().sipEndpointsUrl(), Map.of(), null);
        assertEquals(401, noAuth.status());
        assertEquals("{\"error\":\"Unauthorized\"}", noAuth.body());
        SignalWireContract.assertConforms(Operation.LIST, noAuth.status(), noAuth.contentType(), noAuth.body());

        Map<String, String> wrongToken = Map.of("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                (api().signalWireProjectId() + ":PTwrong").getBytes(StandardCharsets.UTF_8)));
        assertEquals(401, send("GET", api().sipEndpointsUrl(), wrongToken, null).status());

        assertEquals(404, call(Operation.GET, "GET", api().sipEndpointsUrl() + "/not-a-uuid", null).status());
        LocalApiSupport.Answer malformed = call(Operation.CREATE, "POST", api().sipEndpointsUrl(), "{\"username\":");
        assertEquals(400, malformed.status());
        assertEquals("{\"error\":\"Bad Request\"}", malformed.body());

        LocalApiSupport.Answer invalid = call(Operation.CREATE, "POST", api().sipEndpointsUrl(),
                "{\"username\":\"" + unique("bad") + "\",\"password\":\"p\",\"encryption\":\"disabled\"}");
        assertEquals(422, invalid.status());
        assertEquals("{\"errors\":[{\"type\":\"validation_error\",\"code\":\"invalid_parameter\","
                + "\"message\":\"encryption must be one of: required, optional, default\",\"attribute\":\"encryption\","
                + "\"url\":\"https://signalwire.com/docs/apis/error-codes\"}]}", invalid.body());

        assertEquals(404, send("PATCH", api().sipEndpointsUrl() + "/993ed018-9e79-4e50-b97b-984bd5534095", auth("application/json"),
                "{}").status(), "no PATCH route: API Gateway's own 404");
    }
}
