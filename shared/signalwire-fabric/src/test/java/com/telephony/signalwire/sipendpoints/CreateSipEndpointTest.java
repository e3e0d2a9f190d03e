package com.telephony.signalwire.sipendpoints;

import com.telephony.domain.fabric.PageRequest;
import com.telephony.http.HttpResponse;
import com.telephony.signalwire.FabricHarness;
import com.telephony.signalwire.FabricHarness.Item;
import com.telephony.signalwire.FabricHarness.Operation;
import com.telephony.testsupport.TestProject;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.List;
import java.util.Optional;

import static com.telephony.signalwire.FabricHarness.COLLECTION;
import static com.telephony.signalwire.FabricHarness.assertError;
import static com.telephony.signalwire.FabricHarness.assertInvalid;
import static com.telephony.signalwire.FabricHarness.assertResource;
import static com.telephony.testsupport.JsonFields.string;
import static com.telephony.testsupport.JsonFields.strings;
import static com.telephony.testsupport.TestProject.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * create-sip-endpoint on the Fabric edge over the in-memory stores: defaults, field rules and messages, username
 * uniqueness, bodies, credentials. The function's handler test keeps its event file, wiring and the race.
 */
class CreateSipEndpointTest {
    private static final String RESOURCE = "993ed018-9e79-4e50-b97b-984bd5534095";

    private final FabricHarness fabric = new FabricHarness();
    private final TestProject project = fabric.newProject();

    private int stored(TestProject owner) {
        return fabric.endpoints.list(owner.caller(), new PageRequest(1000, Optional.empty())).endpoints().size();
    }

    @Test
    void usernameAndPasswordAloneGiveTheDocumentedDefaults() {
        HttpResponse response = fabric.create(project, "{\"username\":\"alice\",\"password\":\"s3cret-pw\"}");

        JsonNode body = assertResource(response);
        assertEquals(project.projectId(), string(body, "project_id"));
        assertEquals("alice", string(body, "display_name"));
        assertEquals(string(body, "created_at"), string(body, "updated_at"));
        JsonNode endpoint = body.get("sip_endpoint");
        assertEquals("alice", string(endpoint, "username"));
        assertEquals("", string(endpoint, "caller_id"));
        assertEquals("", string(endpoint, "send_as"));
        assertEquals(List.of("AEAD_AES_256_GCM_8", "AES_256_CM_HMAC_SHA1_80", "AES_CM_128_HMAC_SHA1_80",
                "AES_256_CM_HMAC_SHA1_32", "AES_CM_128_HMAC_SHA1_32"), strings(endpoint.get("ciphers")));
        assertEquals(List.of("OPUS", "G722", "PCMU", "PCMA", "G729", "VP8", "H264"), strings(endpoint.get("codecs")));
        assertEquals("default", string(endpoint, "encryption"));
        assertEquals("default", string(endpoint, "call_handler"));
        assertTrue(endpoint.get("calling_handler_resource_id").isNull());
        assertFalse(response.bodyText().contains("s3cret-pw"), "the password is never returned");
        assertFalse(response.bodyText().contains("password"), response::bodyText);
    }

    @Test
    void everyFieldIsAnsweredAsSent() {
        JsonNode endpoint = assertResource(fabric.create(project, "{\"username\":\"conference-room\",\"password\":\"pw-1234\","
                + "\"caller_id\":\"123456789\",\"send_as\":\"Support\","
                + "\"ciphers\":[\"AES_256_CM_HMAC_SHA1_32\",\"AEAD_AES_256_GCM_8\",\"AES_256_CM_HMAC_SHA1_32\"],"
                + "\"codecs\":[\"G722\",\"PCMA\",\"PCMU\",\"VP8\"],\"encryption\":\"required\",\"call_handler\":\"resource\","
                + "\"calling_handler_resource_id\":\"" + RESOURCE.toUpperCase() + "\"}")).get("sip_endpoint");

        assertEquals("123456789", string(endpoint, "caller_id"));
        assertEquals("Support", string(endpoint, "send_as"));
        assertEquals(List.of("AES_256_CM_HMAC_SHA1_32", "AEAD_AES_256_GCM_8"), strings(endpoint.get("ciphers")),
                "order kept, duplicates dropped");
        assertEquals(List.of("G722", "PCMA", "PCMU", "VP8"), strings(endpoint.get("codecs")));
        assertEquals("required", string(endpoint, "encryption"));
        assertEquals("resource", string(endpoint, "call_handler"));
        assertEquals(RESOURCE, string(endpoint, "calling_handler_resource_id"), "UUIDs are answered lowercase");
        assertEquals("pw-1234", fabric.endpoints.get(project.caller(), string(endpoint, "id")).settings().password(),
                "kept for SIP digest authentication");
    }

    @Test
    void upstreamStyleBodyWithAllNineFieldsAndAnIdIsAccepted() {
        HttpResponse response = fabric.create(project, "{\"id\":\"" + RESOURCE + "\",\"username\":\"User\",\"password\":\"pw\","
                + "\"caller_id\":\"123456789\",\"send_as\":\"Support\",\"ciphers\":[\"AEAD_AES_256_GCM_8\"],\"codecs\":[\"OPUS\"],"
                + "\"encryption\":\"default\",\"call_handler\":\"default\",\"calling_handler_resource_id\":null,"
                + "\"display_name\":\"ignored\",\"unknown\":{\"x\":1}}");

        JsonNode body = assertResource(response);
        assertNotEquals(RESOURCE, string(body, "id"), "ids are assigned by the server");
        assertEquals("User", string(body, "display_name"));
        assertFalse(response.bodyText().contains("unknown"), "unknown fields are never echoed");
    }

    @Test
    void emptyArraysMeanTheDefaultsAndOtherHandlersStoreNoResource() {
        JsonNode endpoint = assertResource(fabric.create(project, "{\"username\":\"bob\",\"password\":\"pw\",\"ciphers\":[],"
                + "\"codecs\":[],\"call_handler\":\"passthrough\",\"calling_handler_resource_id\":\"" + RESOURCE + "\"}"))
                .get("sip_endpoint");

        assertEquals(5, endpoint.get("ciphers").size());
        assertEquals("OPUS", endpoint.get("codecs").get(0).getStringValue());
        assertEquals("passthrough", string(endpoint, "call_handler"));
        assertTrue(endpoint.get("calling_handler_resource_id").isNull(), "Will be null otherwise");
    }

    @Test
    void usernameAndPasswordAreRequired() {
        assertEquals(List.of(
                new Item("missing_required_parameter", "username", "username is required"),
                new Item("missing_required_parameter", "password", "password is required")),
                assertInvalid(fabric.create(project, "{}")));
        assertEquals("password is required", assertInvalid(fabric.create(project, "{\"username\":\"u\",\"password\":\"  \"}"),
                "missing_required_parameter", "password"));
        assertEquals("username is required", assertInvalid(fabric.create(project, "{\"username\":null,\"password\":\"pw\"}"),
                "missing_required_parameter", "username"));
        assertEquals(0, stored(project), "nothing stored");
        assertResource(fabric.create(project, "{\"username\":\"u\",\"password\":\"pw\"}"));
    }

    @Test
    void eachEnumRejectsAnUnknownValue() {
        assertEquals("ciphers must be an array of: AEAD_AES_256_GCM_8, AES_256_CM_HMAC_SHA1_80, AES_CM_128_HMAC_SHA1_80, "
                        + "AES_256_CM_HMAC_SHA1_32, AES_CM_128_HMAC_SHA1_32",
                assertInvalid(fabric.create(project, body("\"ciphers\":[\"AEAD_AES_256_GCM_8\",\"AES_128\"]")),
                        "invalid_parameter", "ciphers"));
        assertEquals("codecs must be an array of: PCMU, PCMA, G722, G729, OPUS, VP8, H264",
                assertInvalid(fabric.create(project, body("\"codecs\":[\"G711\"]")), "invalid_parameter", "codecs"));
        assertEquals("encryption must be one of: required, optional, default",
                assertInvalid(fabric.create(project, body("\"encryption\":\"disabled\"")), "invalid_parameter", "encryption"));
        assertEquals("call_handler must be one of: default, passthrough, block-pstn, resource",
                assertInvalid(fabric.create(project, body("\"call_handler\":\"forward\"")), "invalid_parameter", "call_handler"));
        assertInvalid(fabric.create(project, body("\"encryption\":\"Required\"")), "invalid_parameter", "encryption");

        List<Item> all = assertInvalid(fabric.create(project, body(
                "\"ciphers\":\"AES\",\"codecs\":[1],\"encryption\":5,\"call_handler\":null")));
        assertEquals(List.of("ciphers", "codecs", "encryption", "call_handler"), all.stream().map(Item::attribute).toList(),
                "one item per failing field, in documented order");
        assertEquals(0, stored(project));
    }

    @Test
    void resourceHandlerNeedsAResourceId() {
        assertEquals("calling_handler_resource_id is required when call_handler is resource",
                assertInvalid(fabric.create(project, body("\"call_handler\":\"resource\"")),
                        "missing_required_parameter", "calling_handler_resource_id"));
        assertInvalid(fabric.create(project, body("\"call_handler\":\"resource\",\"calling_handler_resource_id\":null")),
                "missing_required_parameter", "calling_handler_resource_id");
        assertEquals("calling_handler_resource_id must be a UUID or null",
                assertInvalid(fabric.create(project, body("\"call_handler\":\"resource\",\"calling_handler_resource_id\":\"993ed018\"")),
                        "invalid_parameter", "calling_handler_resource_id"));
    }

    @Test
    void usernameRules() {
        for (String username : List.of("\"a b\"", "\"a@b\"", "\"a\\u0000b\"", "123", "\"a\\ud800\"")) {
            assertInvalid(fabric.create(project, "{\"username\":" + username + ",\"password\":\"pw\"}"),
                    "invalid_parameter", "username");
        }
        assertEquals("username is too long (maximum is 128 characters)", assertInvalid(
                fabric.create(project, "{\"username\":\"" + "u".repeat(129) + "\",\"password\":\"pw\"}"), "invalid_parameter", "username"));
        assertResource(fabric.create(project, "{\"username\":\"" + "u".repeat(128) + "\",\"password\":\"pw\"}"));
        assertInvalid(fabric.create(project, "{\"username\":\"x\",\"password\":\"pw\",\"caller_id\":\"" + "1".repeat(256) + "\"}"),
                "invalid_parameter", "caller_id");
    }

    @Test
    void usernamesAreUniquePerProjectAndCaseSensitive() {
        TestProject other = fabric.newProject();
        assertResource(fabric.create(project, "{\"username\":\"front\",\"password\":\"pw\"}"));
        assertEquals("username must be unique within the project", assertInvalid(
                fabric.create(project, "{\"username\":\"front\",\"password\":\"other\"}"), "not_unique_within_project", "username"));
        assertResource(fabric.create(project, "{\"username\":\"Front\",\"password\":\"pw\"}"));
        assertResource(fabric.create(other, "{\"username\":\"front\",\"password\":\"pw\"}"));
        assertEquals(2, stored(project), "SIP user parts are case-sensitive");
    }

    @Test
    void malformedBodiesAreBadRequests() {
        for (String body : List.of("{not json", "", "[]", "null", "\"text\"", "42", "[".repeat(5000) + "]".repeat(5000))) {
            assertError(fabric.create(project, body), 400, "Bad Request");
        }
        String body = "{\"username\":\"u\",\"password\":\"p\"}";
        assertError(fabric.send(Operation.CREATE, "POST", COLLECTION, "", project.authorization(), "text/plain", body),
                400, "Bad Request");
        assertResource(fabric.send(Operation.CREATE, "POST", COLLECTION, "", project.authorization(), null,
                "{\"username\":\"plain\",\"password\":\"p\"}"));
        assertResource(fabric.send(Operation.CREATE, "POST", COLLECTION, "", project.authorization(),
                "application/json; charset=UTF-8", "{\"username\":\"charset\",\"password\":\"p\"}"));
    }

    @Test
    void authenticationFailuresAreUnauthorizedBeforeAnythingElse() {
        TestProject other = fabric.newProject();
        String body = "{\"username\":\"u\",\"password\":\"p\"}";
        for (String authorization : new String[]{
                null,
                basic(project.projectId(), "PTwrong"),
                basic(other.projectId(), project.token()),
                basic(project.projectId(), ""),
                basic("not-a-uuid", project.token()),
                "Bearer " + project.token(),
                "Basic !!!",
                "Basic " + Base64.getEncoder().encodeToString(project.projectId().getBytes()),
                project.authorization().replace("Basic ", "Digest ")}) {
            assertError(fabric.send(Operation.CREATE, "POST", COLLECTION, "", authorization, "application/json", body),
                    401, "Unauthorized");
        }
        assertError(fabric.send(Operation.CREATE, "POST", COLLECTION, "", null, "application/json", "{not json"),
                401, "Unauthorized");
        assertResource(fabric.send(Operation.CREATE, "POST", COLLECTION, "", project.authorization().replace("Basic ", "basic "),
                "application/json", body));
        assertResource(fabric.send(Operation.CREATE, "POST", COLLECTION, "", basic(project.projectId().toUpperCase(), project.token()),
                "application/json", "{\"username\":\"upper\",\"password\":\"p\"}"));
        assertEquals(0, stored(other));
    }

    @Test
    void onlyPostOnTheCollection() {
        assertError(fabric.send(Operation.CREATE, "GET", COLLECTION, "", project.authorization(), null, null), 404, "Not Found");
        assertError(fabric.send(Operation.CREATE, "POST", COLLECTION + "/" + RESOURCE, "", project.authorization(),
                "application/json", "{}"), 404, "Not Found");
        assertError(fabric.send(Operation.CREATE, "POST", "/api/fabric/resources/other", "", project.authorization(),
                "application/json", "{}"), 404, "Not Found");
    }

    @Test
    void badInputNeverGivesAServerError() {
        for (String body : List.of(
                "{\"username\":{\"a\":1},\"password\":[1,2]}",
                "{\"username\":true,\"password\":false,\"ciphers\":{},\"codecs\":null,\"encryption\":[],\"call_handler\":{}}",
                "{\"username\":\"x\",\"password\":\"" + "p".repeat(3_000_000) + "\"}",
                "{\"username\":\"x\",\"password\":\"p\",\"codecs\":[" + "\"PCMU\",".repeat(100_000) + "\"PCMA\"]}",
                "{\"a\":" + "[".repeat(600) + "]".repeat(600) + "}",
                "{\"username\":\"\\ud800\",\"password\":\"p\"}")) {
            HttpResponse response = fabric.create(project, body);
            assertTrue(response.status() == 200 || response.status() == 400 || response.status() == 422,
                    () -> response.status() + " for " + body.substring(0, Math.min(60, body.length())));
            if (response.status() == 422) {
                assertInvalid(response);
            } else if (response.status() == 200) {
                assertResource(response);
            }
        }
    }

    private static String body(String extra) {
        return "{\"username\":\"user" + System.nanoTime() + "\",\"password\":\"pw\"," + extra + "}";
    }
}
