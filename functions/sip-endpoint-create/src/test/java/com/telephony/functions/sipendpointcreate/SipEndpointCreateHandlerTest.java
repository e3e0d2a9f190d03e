package com.telephony.functions.sipendpointcreate;

import com.telephony.testsupport.FabricClient;
import com.telephony.testsupport.FabricReplies;
import com.telephony.testsupport.FabricReplies.Item;
import com.telephony.testsupport.HandlerClient;
import com.telephony.testsupport.Parallel;
import com.telephony.testsupport.Reply;
import com.telephony.testsupport.SignalWireContract;
import com.telephony.testsupport.StoredItems;
import com.telephony.testsupport.TestEnvironment;
import com.telephony.testsupport.TestProject;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.List;
import java.util.Map;

import static com.telephony.testsupport.FabricReplies.assertError;
import static com.telephony.testsupport.FabricReplies.assertInvalid;
import static com.telephony.testsupport.FabricReplies.assertResource;
import static com.telephony.testsupport.FabricReplies.string;
import static com.telephony.testsupport.FabricReplies.strings;
import static com.telephony.testsupport.SignalWireContract.Operation.CREATE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** create-sip-endpoint through the real Lambda handler, with API Gateway events, on a real DynamoDB engine. */
class SipEndpointCreateHandlerTest {
    private static final String RESOURCE = "993ed018-9e79-4e50-b97b-984bd5534095";
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

    private static SipEndpointCreateHandler handler;
    private static FabricClient client;

    @BeforeAll
    static void start() {
        TestEnvironment.get();
        handler = new SipEndpointCreateHandler();
        client = new FabricClient(new HandlerClient(handler));
    }

    @AfterAll
    static void stop() {
        handler.close();
    }

    @Test
    void usernameAndPasswordAloneGiveTheDocumentedDefaults() {
        TestProject project = TestEnvironment.get().newProject();
        Reply reply = client.create(project, "{\"username\":\"alice\",\"password\":\"s3cret-pw\"}");

        JsonNode body = assertResource(CREATE, reply);
        assertEquals("application/json; charset=utf-8", reply.headers().get("Content-Type"));
        assertTrue(string(body, "id").matches(UUID), reply::toString);
        assertEquals(string(body, "id"), string(body, "sip_endpoint", "id"), "the resource and its endpoint share the id");
        assertEquals(project.projectId(), string(body, "project_id"));
        assertEquals("alice", string(body, "display_name"));
        assertEquals("sip_endpoint", string(body, "type"));
        assertEquals(string(body, "created_at"), string(body, "updated_at"));
        assertTrue(string(body, "created_at").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), reply::toString);
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
        assertEquals(List.of("id", "project_id", "display_name", "type", "created_at", "updated_at", "sip_endpoint"),
                keys(body), "key order of the upstream example");
        assertFalse(reply.text().contains("s3cret-pw"), "the password is never returned");
        assertFalse(reply.text().contains("password"), reply::toString);
    }

    @Test
    void everyFieldIsStoredAsSentAndThePasswordOnlyInTheStore() {
        TestProject project = TestEnvironment.get().newProject();
        Reply reply = client.create(project, "{\"username\":\"conference-room\",\"password\":\"pw-1234\",\"caller_id\":\"123456789\","
                + "\"send_as\":\"Support\",\"ciphers\":[\"AES_256_CM_HMAC_SHA1_32\",\"AEAD_AES_256_GCM_8\",\"AES_256_CM_HMAC_SHA1_32\"],"
                + "\"codecs\":[\"G722\",\"PCMA\",\"PCMU\",\"VP8\"],\"encryption\":\"required\",\"call_handler\":\"resource\","
                + "\"calling_handler_resource_id\":\"" + RESOURCE.toUpperCase() + "\"}");

        JsonNode endpoint = assertResource(CREATE, reply).get("sip_endpoint");
        assertEquals("123456789", string(endpoint, "caller_id"));
        assertEquals("Support", string(endpoint, "send_as"));
        assertEquals(List.of("AES_256_CM_HMAC_SHA1_32", "AEAD_AES_256_GCM_8"), strings(endpoint.get("ciphers")),
                "order kept, duplicates dropped");
        assertEquals(List.of("G722", "PCMA", "PCMU", "VP8"), strings(endpoint.get("codecs")));
        assertEquals("required", string(endpoint, "encryption"));
        assertEquals("resource", string(endpoint, "call_handler"));
        assertEquals(RESOURCE, string(endpoint, "calling_handler_resource_id"), "UUIDs are answered lowercase");

        List<Map<String, AttributeValue>> stored = StoredItems.projectItems(project.projectId(), "EP#");
        assertEquals(1, stored.size());
        assertEquals("pw-1234", stored.get(0).get("password").s(), "kept for SIP digest authentication");
        assertFalse(reply.text().contains("pw-1234"));
    }

    @Test
    void upstreamStyleBodyWithAllNineFieldsAndAnIdIsAccepted() {
        TestProject project = TestEnvironment.get().newProject();
        Reply reply = client.create(project, "{\"id\":\"" + RESOURCE + "\",\"username\":\"User\",\"password\":\"pw\",\"caller_id\":\"123456789\","
                + "\"send_as\":\"Support\",\"ciphers\":[\"AEAD_AES_256_GCM_8\"],\"codecs\":[\"OPUS\"],\"encryption\":\"default\","
                + "\"call_handler\":\"default\",\"calling_handler_resource_id\":null,\"display_name\":\"ignored\",\"unknown\":{\"x\":1}}");

        JsonNode body = assertResource(CREATE, reply);
        assertNotEquals(RESOURCE, string(body, "id"), "ids are assigned by the server");
        assertEquals("User", string(body, "display_name"));
        assertFalse(reply.text().contains("unknown"), "unknown fields are never echoed");
    }

    @Test
    void emptyArraysMeanTheDefaultsAndOtherHandlersStoreNoResource() {
        TestProject project = TestEnvironment.get().newProject();
        Reply reply = client.create(project, "{\"username\":\"bob\",\"password\":\"pw\",\"ciphers\":[],\"codecs\":[],"
                + "\"call_handler\":\"passthrough\",\"calling_handler_resource_id\":\"" + RESOURCE + "\"}");

        JsonNode endpoint = assertResource(CREATE, reply).get("sip_endpoint");
        assertEquals(5, endpoint.get("ciphers").size());
        assertEquals("OPUS", endpoint.get("codecs").get(0).getStringValue());
        assertEquals("passthrough", string(endpoint, "call_handler"));
        assertTrue(endpoint.get("calling_handler_resource_id").isNull(), "Will be null otherwise");
    }

    @Test
    void usernameAndPasswordAreRequired() {
        TestProject project = TestEnvironment.get().newProject();
        List<Item> items = assertInvalid(CREATE, client.create(project, "{}"));
        assertEquals(List.of(
                new Item("missing_required_parameter", "username", "username is required"),
                new Item("missing_required_parameter", "password", "password is required")), items);

        assertEquals("password is required", assertInvalid(CREATE,
                client.create(project, "{\"username\":\"u\",\"password\":\"  \"}"), "missing_required_parameter", "password"));
        assertEquals("username is required", assertInvalid(CREATE,
                client.create(project, "{\"username\":null,\"password\":\"pw\"}"), "missing_required_parameter", "username"));
        assertEquals(0, StoredItems.projectItems(project.projectId(), "EP#").size(), "nothing stored");
        assertEquals(0, StoredItems.projectItems(project.projectId(), "USER#").size(), "no username reserved");
    }

    @Test
    void eachEnumRejectsAnUnknownValue() {
        TestProject project = TestEnvironment.get().newProject();
        assertEquals("ciphers must be an array of: AEAD_AES_256_GCM_8, AES_256_CM_HMAC_SHA1_80, AES_CM_128_HMAC_SHA1_80, "
                        + "AES_256_CM_HMAC_SHA1_32, AES_CM_128_HMAC_SHA1_32",
                assertInvalid(CREATE, client.create(project, body("\"ciphers\":[\"AEAD_AES_256_GCM_8\",\"AES_128\"]")),
                        "invalid_parameter", "ciphers"));
        assertEquals("codecs must be an array of: PCMU, PCMA, G722, G729, OPUS, VP8, H264",
                assertInvalid(CREATE, client.create(project, body("\"codecs\":[\"G711\"]")), "invalid_parameter", "codecs"));
        assertEquals("encryption must be one of: required, optional, default",
                assertInvalid(CREATE, client.create(project, body("\"encryption\":\"disabled\"")), "invalid_parameter", "encryption"));
        assertEquals("call_handler must be one of: default, passthrough, block-pstn, resource",
                assertInvalid(CREATE, client.create(project, body("\"call_handler\":\"forward\"")), "invalid_parameter", "call_handler"));
        assertInvalid(CREATE, client.create(project, body("\"encryption\":\"Required\"")), "invalid_parameter", "encryption");

        List<Item> all = assertInvalid(CREATE, client.create(project, body(
                "\"ciphers\":\"AES\",\"codecs\":[1],\"encryption\":5,\"call_handler\":null")));
        assertEquals(List.of("ciphers", "codecs", "encryption", "call_handler"), all.stream().map(Item::attribute).toList(),
                "one item per failing field, in documented order");
        assertEquals(0, StoredItems.projectItems(project.projectId(), "EP#").size());
    }

    @Test
    void resourceHandlerNeedsAResourceId() {
        TestProject project = TestEnvironment.get().newProject();
        assertEquals("calling_handler_resource_id is required when call_handler is resource",
                assertInvalid(CREATE, client.create(project, body("\"call_handler\":\"resource\"")),
                        "missing_required_parameter", "calling_handler_resource_id"));
        assertInvalid(CREATE, client.create(project, body("\"call_handler\":\"resource\",\"calling_handler_resource_id\":null")),
                "missing_required_parameter", "calling_handler_resource_id");
        assertEquals("calling_handler_resource_id must be a UUID or null",
                assertInvalid(CREATE, client.create(project, body("\"call_handler\":\"resource\",\"calling_handler_resource_id\":\"993ed018\"")),
                        "invalid_parameter", "calling_handler_resource_id"));
    }

    @Test
    void usernameRules() {
        TestProject project = TestEnvironment.get().newProject();
        assertInvalid(CREATE, client.create(project, "{\"username\":\"a b\",\"password\":\"pw\"}"), "invalid_parameter", "username");
        assertInvalid(CREATE, client.create(project, "{\"username\":\"a@b\",\"password\":\"pw\"}"), "invalid_parameter", "username");
        assertInvalid(CREATE, client.create(project, "{\"username\":\"a\\u0000b\",\"password\":\"pw\"}"), "invalid_parameter", "username");
        assertInvalid(CREATE, client.create(project, "{\"username\":123,\"password\":\"pw\"}"), "invalid_parameter", "username");
        assertInvalid(CREATE, client.create(project, "{\"username\":\"a\\ud800\",\"password\":\"pw\"}"), "invalid_parameter", "username");
        assertEquals("username is too long (maximum is 128 characters)", assertInvalid(CREATE,
                client.create(project, "{\"username\":\"" + "u".repeat(129) + "\",\"password\":\"pw\"}"), "invalid_parameter", "username"));
        assertEquals(200, client.create(project, "{\"username\":\"" + "u".repeat(128) + "\",\"password\":\"pw\"}").status());
        assertInvalid(CREATE, client.create(project, "{\"username\":\"x\",\"password\":\"pw\",\"caller_id\":\"" + "1".repeat(256) + "\"}"),
                "invalid_parameter", "caller_id");
    }

    @Test
    void parallelCreatesWithOneUsernameLeaveOneEndpoint() throws Exception {
        TestProject project = TestEnvironment.get().newProject();
        List<Reply> replies = Parallel.run(10, i -> client.create(project, "{\"username\":\"desk\",\"password\":\"pw" + i + "\"}"));

        assertEquals(1, replies.stream().filter(r -> r.status() == 200).count(), replies::toString);
        for (Reply reply : replies) {
            if (reply.status() != 200) {
                assertEquals("username must be unique within the project",
                        assertInvalid(CREATE, reply, "not_unique_within_project", "username"));
            }
        }
        assertEquals(1, StoredItems.projectItems(project.projectId(), "EP#").size());
        assertEquals(1, StoredItems.projectItems(project.projectId(), "USER#").size());
    }

    @Test
    void usernamesAreUniquePerProjectAndCaseSensitive() {
        TestProject project = TestEnvironment.get().newProject();
        TestProject other = TestEnvironment.get().newProject();
        assertEquals(200, client.create(project, "{\"username\":\"front\",\"password\":\"pw\"}").status());
        assertInvalid(CREATE, client.create(project, "{\"username\":\"front\",\"password\":\"other\"}"),
                "not_unique_within_project", "username");
        assertEquals(200, client.create(project, "{\"username\":\"Front\",\"password\":\"pw\"}").status(),
                "SIP user parts are case-sensitive");
        assertEquals(200, client.create(other, "{\"username\":\"front\",\"password\":\"pw\"}").status());
    }

    @Test
    void malformedBodiesAreBadRequests() {
        TestProject project = TestEnvironment.get().newProject();
        for (String body : List.of("{not json", "", "[]", "null", "\"text\"", "42", "[".repeat(5000) + "]".repeat(5000))) {
            assertError(CREATE, client.create(project, body), 400, "Bad Request");
        }
        assertError(CREATE, client.send("POST", FabricClient.COLLECTION, "", project.authorization(), "text/plain",
                "{\"username\":\"u\",\"password\":\"p\"}"), 400, "Bad Request");
        Reply noContentType = client.send("POST", FabricClient.COLLECTION, "", project.authorization(), null,
                "{\"username\":\"plain\",\"password\":\"p\"}");
        assertResource(CREATE, noContentType);
        Reply charset = client.send("POST", FabricClient.COLLECTION, "", project.authorization(),
                "application/json; charset=UTF-8", "{\"username\":\"charset\",\"password\":\"p\"}");
        assertResource(CREATE, charset);
    }

    @Test
    void authenticationFailuresAreUnauthorizedBeforeAnythingElse() {
        TestProject project = TestEnvironment.get().newProject();
        TestProject other = TestEnvironment.get().newProject();
        String body = "{\"username\":\"u\",\"password\":\"p\"}";
        for (String authorization : new String[]{
                null,
                TestProject.basic(project.projectId(), "PTwrong"),
                TestProject.basic(other.projectId(), project.token()),
                TestProject.basic(project.projectId(), ""),
                TestProject.basic("not-a-uuid", project.token()),
                "Bearer " + project.token(),
                "Basic !!!",
                "Basic " + java.util.Base64.getEncoder().encodeToString(project.projectId().getBytes()),
                project.authorization().replace("Basic ", "Digest ")}) {
            assertError(CREATE, client.send("POST", FabricClient.COLLECTION, "", authorization, "application/json", body),
                    401, "Unauthorized");
        }
        assertError(CREATE, client.send("POST", FabricClient.COLLECTION, "", null, "application/json", "{not json"),
                401, "Unauthorized");
        assertEquals(200, client.send("POST", FabricClient.COLLECTION, "",
                project.authorization().replace("Basic ", "basic "), "application/json", body).status(), "the scheme is case-insensitive");
        assertEquals(200, client.send("POST", FabricClient.COLLECTION, "",
                TestProject.basic(project.projectId().toUpperCase(), project.token()), "application/json",
                "{\"username\":\"upper\",\"password\":\"p\"}").status());
        assertEquals(0, StoredItems.projectItems(other.projectId(), "EP#").size());
    }

    @Test
    void thisFunctionServesOnlyPostOnTheCollection() {
        TestProject project = TestEnvironment.get().newProject();
        assertEquals(404, client.send("GET", FabricClient.COLLECTION, "", project.authorization(), null, null).status());
        assertEquals(404, client.send("POST", FabricClient.COLLECTION + "/" + RESOURCE, "", project.authorization(),
                "application/json", "{}").status());
        assertEquals("{\"error\":\"Not Found\"}", client.send("POST", "/api/fabric/resources/other", "",
                project.authorization(), "application/json", "{}").text());
    }

    @Test
    void badInputNeverGivesAServerError() {
        TestProject project = TestEnvironment.get().newProject();
        for (String body : List.of(
                "{\"username\":{\"a\":1},\"password\":[1,2]}",
                "{\"username\":true,\"password\":false,\"ciphers\":{},\"codecs\":null,\"encryption\":[],\"call_handler\":{}}",
                "{\"username\":\"x\",\"password\":\"" + "p".repeat(3_000_000) + "\"}",
                "{\"username\":\"x\",\"password\":\"p\",\"codecs\":[" + "\"PCMU\",".repeat(100_000) + "\"PCMA\"]}",
                "{\"a\":" + "[".repeat(600) + "]".repeat(600) + "}",
                "{\"username\":\"\\ud800\",\"password\":\"p\"}")) {
            Reply reply = client.create(project, body);
            assertNotEquals(500, reply.status(), () -> "500 for " + body.substring(0, Math.min(60, body.length())));
            SignalWireContract.assertConforms(CREATE, reply);
        }
    }

    private static String body(String extra) {
        return "{\"username\":\"user" + System.nanoTime() + "\",\"password\":\"pw\"," + extra + "}";
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new java.util.ArrayList<>();
        node.entries().forEach(e -> keys.add(e.getKey()));
        return keys;
    }

    @Test
    void snapStartPrimingReachesTheTokenLookupAndWritesNothing() {
        int before = StoredItems.all().size();

        // 401, not 404 (no route) or 500 (no storage): the request reached the token lookup in DynamoDB
        assertEquals(List.of(401), handler.prime());
        assertEquals(before, StoredItems.all().size());
    }
}
