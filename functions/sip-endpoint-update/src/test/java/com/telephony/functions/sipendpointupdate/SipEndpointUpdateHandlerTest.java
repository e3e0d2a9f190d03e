package com.telephony.functions.sipendpointupdate;

import com.telephony.domain.fabric.SipEndpoint;
import com.telephony.domain.fabric.SipEndpointService;
import com.telephony.testsupport.EndpointFields;
import com.telephony.testsupport.FabricClient;
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

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.telephony.testsupport.FabricReplies.assertError;
import static com.telephony.testsupport.FabricReplies.assertInvalid;
import static com.telephony.testsupport.FabricReplies.assertResource;
import static com.telephony.testsupport.FabricReplies.string;
import static com.telephony.testsupport.FabricReplies.strings;
import static com.telephony.testsupport.SignalWireContract.Operation.UPDATE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * update-sip-endpoint through the real Lambda handler, with API Gateway events, on a real
 * DynamoDB engine. Every answer is checked against both the combined OpenAPI document and the update page's own.
 */
class SipEndpointUpdateHandlerTest {
    /** The documentation's request body, byte for byte as its generated SDK examples send it. */
    private static final String SEED_BODY = "{\n  \"calling_handler_resource_id\": \"993ed018-9e79-4e50-b97b-984bd5534095\"\n}";
    private static final String SEED_RESOURCE = "993ed018-9e79-4e50-b97b-984bd5534095";
    private static final String OTHER_RESOURCE = "0b6f3c2e-41a8-4c57-9a0d-5a6f1d2c3b4e";
    private static final Instant CREATED = Instant.parse("2024-05-06T12:20:00.500Z");

    private static SipEndpointUpdateHandler handler;
    private static FabricClient client;

    @BeforeAll
    static void start() {
        TestEnvironment.get();
        handler = new SipEndpointUpdateHandler();
        client = new FabricClient(new HandlerClient(handler));
    }

    @AfterAll
    static void stop() {
        handler.close();
    }

    /** Created in 2024, so any update now is later whatever the clock's resolution. */
    private static SipEndpoint arrange(TestProject project, Map<String, ?> fields) {
        return TestEnvironment.get().sipEndpoints(Clock.fixed(CREATED, ZoneOffset.UTC)).create(project.caller(),
                EndpointFields.of(fields));
    }

    private static Map<String, Object> fields(String username, Object... more) {
        Map<String, Object> fields = new HashMap<>(Map.of("username", username, "password", "initial-secret"));
        for (int i = 0; i < more.length; i += 2) {
            fields.put((String) more[i], more[i + 1]);
        }
        return fields;
    }

    @Test
    void seedExampleRepointsAResourceHandlerEndpoint() {
        TestProject project = TestEnvironment.get().newProject();
        SipEndpoint endpoint = arrange(project, fields("front-desk", "call_handler", "resource",
                "calling_handler_resource_id", OTHER_RESOURCE, "caller_id", "+15550100", "codecs", List.of("PCMU")));

        Reply reply = client.update(project, endpoint.id(), SEED_BODY);

        JsonNode body = assertResource(UPDATE, reply);
        JsonNode sip = body.get("sip_endpoint");
        assertEquals("resource", string(sip, "call_handler"));
        assertEquals(SEED_RESOURCE, string(sip, "calling_handler_resource_id"));
        assertEquals("front-desk", string(sip, "username"), "omitted fields stay as they were");
        assertEquals("+15550100", string(sip, "caller_id"));
        assertEquals(List.of("PCMU"), strings(sip.get("codecs")));
        assertEquals(endpoint.id(), string(body, "id"));
        assertEquals("2024-05-06T12:20:00Z", string(body, "created_at"), "created_at never changes");
        assertTrue(string(body, "updated_at").compareTo("2024-05-06T12:20:00Z") > 0, "updated_at moves on: " + body);
        assertFalse(reply.text().contains("initial-secret"));

        JsonNode again = assertResource(UPDATE, client.update(project, endpoint.id(), SEED_BODY));
        assertEquals(SEED_RESOURCE, string(again, "sip_endpoint", "calling_handler_resource_id"), "idempotent");
    }

    @Test
    void seedExampleOnADefaultHandlerEndpointKeepsTheResourceNull() {
        TestProject project = TestEnvironment.get().newProject();
        SipEndpoint endpoint = arrange(project, fields("lobby"));

        JsonNode body = assertResource(UPDATE, client.update(project, endpoint.id(), SEED_BODY));
        assertEquals("default", string(body, "sip_endpoint", "call_handler"));
        assertTrue(body.get("sip_endpoint").get("calling_handler_resource_id").isNull(),
                "only a resource handler has a resource id (\"Will be null otherwise\")");
    }

    @Test
    void switchingTheHandlerToAndFromResource() {
        TestProject project = TestEnvironment.get().newProject();
        SipEndpoint endpoint = arrange(project, fields("switcher"));

        JsonNode toResource = assertResource(UPDATE, client.update(project, endpoint.id(),
                "{\"call_handler\":\"resource\",\"calling_handler_resource_id\":\"" + SEED_RESOURCE + "\"}"));
        assertEquals("resource", string(toResource, "sip_endpoint", "call_handler"));
        assertEquals(SEED_RESOURCE, string(toResource, "sip_endpoint", "calling_handler_resource_id"));

        JsonNode away = assertResource(UPDATE, client.update(project, endpoint.id(),
                "{\"call_handler\":\"block-pstn\",\"calling_handler_resource_id\":\"" + SEED_RESOURCE + "\"}"));
        assertEquals("block-pstn", string(away, "sip_endpoint", "call_handler"));
        assertTrue(away.get("sip_endpoint").get("calling_handler_resource_id").isNull());
    }

    @Test
    void callingHandlerResourceIdMustBePresent() {
        TestProject project = TestEnvironment.get().newProject();
        SipEndpoint endpoint = arrange(project, fields("needs-id"));
        assertEquals("calling_handler_resource_id is required", assertInvalid(UPDATE,
                client.update(project, endpoint.id(), "{\"caller_id\":\"123\"}"), "missing_required_parameter",
                "calling_handler_resource_id"));
        assertInvalid(UPDATE, client.update(project, endpoint.id(), "{}"), "missing_required_parameter",
                "calling_handler_resource_id");
        assertResource(UPDATE, client.update(project, endpoint.id(), "{\"calling_handler_resource_id\":null}"));
        assertEquals("", TestEnvironment.get().sipEndpoints().get(project.caller(), endpoint.id()).settings().callerId(),
                "a rejected update changes nothing");
    }

    @Test
    void resourceHandlerWithoutAnIdIsRejected() {
        TestProject project = TestEnvironment.get().newProject();
        SipEndpoint plain = arrange(project, fields("plain"));
        assertEquals("calling_handler_resource_id is required when call_handler is resource", assertInvalid(UPDATE,
                client.update(project, plain.id(), "{\"call_handler\":\"resource\",\"calling_handler_resource_id\":null}"),
                "missing_required_parameter", "calling_handler_resource_id"));

        SipEndpoint routed = arrange(project, fields("routed", "call_handler", "resource",
                "calling_handler_resource_id", OTHER_RESOURCE));
        assertInvalid(UPDATE, client.update(project, routed.id(), "{\"calling_handler_resource_id\":null}"),
                "missing_required_parameter", "calling_handler_resource_id");
        assertEquals("calling_handler_resource_id must be a UUID or null", assertInvalid(UPDATE,
                client.update(project, routed.id(), "{\"calling_handler_resource_id\":\"resource-1\"}"),
                "invalid_parameter", "calling_handler_resource_id"));
        assertInvalid(UPDATE, client.update(project, routed.id(), "{\"calling_handler_resource_id\":42}"),
                "invalid_parameter", "calling_handler_resource_id");
    }

    @Test
    void eachEnumRejectsAnUnknownValue() {
        TestProject project = TestEnvironment.get().newProject();
        SipEndpoint endpoint = arrange(project, fields("enums"));
        String id = endpoint.id();
        assertInvalid(UPDATE, client.update(project, id, withId("\"ciphers\":[\"AES_CM_128_HMAC_SHA1_80\",\"NULL\"]")),
                "invalid_parameter", "ciphers");
        assertInvalid(UPDATE, client.update(project, id, withId("\"codecs\":[\"opus\"]")), "invalid_parameter", "codecs");
        assertEquals("encryption must be one of: required, optional, default",
                assertInvalid(UPDATE, client.update(project, id, withId("\"encryption\":\"disabled\"")), "invalid_parameter", "encryption"));
        assertInvalid(UPDATE, client.update(project, id, withId("\"call_handler\":\"block_pstn\"")), "invalid_parameter", "call_handler");

        List<Item> items = assertInvalid(UPDATE, client.update(project, id,
                "{\"username\":\"\",\"ciphers\":[\"X\"],\"codecs\":\"OPUS\",\"encryption\":\"none\",\"call_handler\":\"x\"}"));
        assertEquals(List.of("username", "ciphers", "codecs", "encryption", "call_handler", "calling_handler_resource_id"),
                items.stream().map(Item::attribute).toList());
        assertEquals(new Item("missing_required_parameter", "username", "username can't be blank"), items.get(0));
        assertEquals(endpoint.settings(), TestEnvironment.get().sipEndpoints().get(project.caller(), id).settings(),
                "nothing changed");
    }

    @Test
    void aPartialMergeReplacesArraysWholesaleAndKeepsTheRest() {
        TestProject project = TestEnvironment.get().newProject();
        SipEndpoint endpoint = arrange(project, fields("merge", "caller_id", "111", "send_as", "Front",
                "ciphers", List.of("AEAD_AES_256_GCM_8"), "encryption", "required"));

        JsonNode body = assertResource(UPDATE, client.update(project, endpoint.id(),
                withId("\"codecs\":[\"OPUS\",\"PCMA\"],\"send_as\":\"\",\"ignored\":true")));
        JsonNode sip = body.get("sip_endpoint");
        assertEquals("111", string(sip, "caller_id"));
        assertEquals("", string(sip, "send_as"));
        assertEquals(List.of("AEAD_AES_256_GCM_8"), strings(sip.get("ciphers")));
        assertEquals(List.of("OPUS", "PCMA"), strings(sip.get("codecs")));
        assertEquals("required", string(sip, "encryption"));

        JsonNode reset = assertResource(UPDATE, client.update(project, endpoint.id(), withId("\"ciphers\":[]")));
        assertEquals(5, reset.get("sip_endpoint").get("ciphers").size(), "[] restores the defaults");
    }

    @Test
    void theUsernameMayChangeAndItsGuardMovesWithIt() {
        TestProject project = TestEnvironment.get().newProject();
        SipEndpoint first = arrange(project, fields("alpha"));
        arrange(project, fields("beta"));

        JsonNode renamed = assertResource(UPDATE, client.update(project, first.id(), withId("\"username\":\"gamma\"")));
        assertEquals("gamma", string(renamed, "sip_endpoint", "username"));
        assertEquals("gamma", string(renamed, "display_name"));
        assertEquals(List.of("USER#beta", "USER#gamma"), StoredItems.projectItems(project.projectId(), "USER#").stream()
                .map(item -> item.get("sk").s()).sorted().toList());

        assertEquals("username must be unique within the project", assertInvalid(UPDATE,
                client.update(project, first.id(), withId("\"username\":\"beta\"")), "not_unique_within_project", "username"));
        assertResource(UPDATE, client.update(project, first.id(), withId("\"username\":\"gamma\"")));
        assertEquals("alpha", TestEnvironment.get().sipEndpoints().create(project.caller(),
                EndpointFields.of("alpha", "pw")).settings().username(), "the old name is free again");
    }

    @Test
    void parallelRenamesToOneUsernameLeaveItWithOneEndpoint() throws Exception {
        TestProject project = TestEnvironment.get().newProject();
        List<SipEndpoint> endpoints = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            endpoints.add(arrange(project, fields("seat-" + i)));
        }
        List<Reply> replies = Parallel.run(6, i -> client.update(project, endpoints.get(i).id(), withId("\"username\":\"captain\"")));

        assertEquals(1, replies.stream().filter(r -> r.status() == 200).count(), replies::toString);
        replies.stream().filter(r -> r.status() != 200)
                .forEach(r -> assertInvalid(UPDATE, r, "not_unique_within_project", "username"));
        assertEquals(6, StoredItems.projectItems(project.projectId(), "USER#").size(), "one guard per endpoint, no orphans");
    }

    @Test
    void parallelUpdatesOfDifferentFieldsAreAllKept() throws Exception {
        TestProject project = TestEnvironment.get().newProject();
        SipEndpoint endpoint = arrange(project, fields("busy"));
        List<String> bodies = List.of(withId("\"caller_id\":\"+15550199\""), withId("\"send_as\":\"Sales\""),
                withId("\"encryption\":\"optional\""), withId("\"codecs\":[\"G729\"]"));
        List<Reply> replies = Parallel.run(bodies.size(), i -> client.update(project, endpoint.id(), bodies.get(i)));
        replies.forEach(reply -> assertResource(UPDATE, reply));

        var settings = TestEnvironment.get().sipEndpoints().get(project.caller(), endpoint.id()).settings();
        assertEquals("+15550199", settings.callerId());
        assertEquals("Sales", settings.sendAs());
        assertEquals(com.telephony.domain.fabric.Encryption.OPTIONAL, settings.encryption());
        assertEquals(com.telephony.domain.fabric.Codec.G729, settings.codecs().get(0));
    }

    @Test
    void thePasswordRotatesButIsNeverAnswered() {
        TestProject project = TestEnvironment.get().newProject();
        SipEndpoint endpoint = arrange(project, fields("rotating"));

        Reply reply = client.update(project, endpoint.id(), withId("\"password\":\"rotated-secret\""));
        assertResource(UPDATE, reply);
        assertFalse(reply.text().contains("rotated-secret"));
        assertEquals("rotated-secret", StoredItems.projectItems(project.projectId(), "EP#").get(0).get("password").s());
        assertEquals("password can't be blank", assertInvalid(UPDATE,
                client.update(project, endpoint.id(), withId("\"password\":\"\"")), "missing_required_parameter", "password"));
        assertInvalid(UPDATE, client.update(project, endpoint.id(), withId("\"password\":1234")), "invalid_parameter", "password");
    }

    @Test
    void unknownForeignAndMalformedIdsAreNotFoundBeforeAnyFieldCheck() {
        TestProject project = TestEnvironment.get().newProject();
        TestProject other = TestEnvironment.get().newProject();
        SipEndpoint theirs = arrange(other, fields("theirs"));

        assertError(UPDATE, client.update(project, theirs.id(), SEED_BODY), 404, "Not Found");
        assertError(UPDATE, client.update(project, theirs.id(), "{\"encryption\":\"bad\"}"), 404, "Not Found");
        assertEquals(theirs.settings(), TestEnvironment.get().sipEndpoints().get(other.caller(), theirs.id()).settings());
        for (String id : List.of(UUID.randomUUID().toString(), "id", "993ed018-9e79-4e50-b97b-984bd55340950")) {
            assertError(UPDATE, client.update(project, id, SEED_BODY), 404, "Not Found");
        }
    }

    @Test
    void malformedBodiesAndMissingCredentials() {
        TestProject project = TestEnvironment.get().newProject();
        SipEndpoint endpoint = arrange(project, fields("bodies"));
        String path = FabricClient.COLLECTION + "/" + endpoint.id();
        for (String body : List.of("{\"calling_handler_resource_id\":", "", "[]", "null")) {
            assertError(UPDATE, client.update(project, endpoint.id(), body), 400, "Bad Request");
        }
        assertError(UPDATE, client.send("PUT", path, "", project.authorization(), "application/x-www-form-urlencoded",
                "calling_handler_resource_id="), 400, "Bad Request");
        assertError(UPDATE, client.send("PUT", path, "", null, "application/json", SEED_BODY), 401, "Unauthorized");
        assertError(UPDATE, client.send("PUT", path, "", TestProject.basic(project.projectId(), "PT" + "0".repeat(48)),
                "application/json", SEED_BODY), 401, "Unauthorized");
        TestProject other = TestEnvironment.get().newProject();
        assertError(UPDATE, client.send("PUT", path, "", other.authorization(), "application/json", SEED_BODY), 404, "Not Found");
        assertError(UPDATE, client.send("PUT", path, "", TestProject.basic(other.projectId(), project.token()),
                "application/json", SEED_BODY), 401, "Unauthorized");
    }

    @Test
    void everyAnswerConformsToTheSeedsOwnDocument() {
        TestProject project = TestEnvironment.get().newProject();
        SipEndpoint endpoint = arrange(project, fields("seed-doc"));
        Reply ok = client.update(project, endpoint.id(), SEED_BODY);
        for (Reply reply : List.of(ok, client.update(project, endpoint.id(), "{}"),
                client.update(project, UUID.randomUUID().toString(), SEED_BODY))) {
            assertEquals(List.of(), SignalWireContract.problems(SignalWireContract.SEED, UPDATE, reply.status(),
                    reply.headers().get("Content-Type"), reply.text()), reply::toString);
        }
        assertNotEquals(List.of(), SignalWireContract.problems(SignalWireContract.SEED, UPDATE, 200,
                "application/json", ok.text().replace("\"sip_endpoint\":", "\"endpoint\":")), "the check can fail");
    }

    private static String withId(String fields) {
        return "{" + fields + ",\"calling_handler_resource_id\":null}";
    }
}
