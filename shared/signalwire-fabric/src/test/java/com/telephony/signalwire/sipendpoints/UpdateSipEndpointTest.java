package com.telephony.signalwire.sipendpoints;

import com.telephony.domain.fabric.CallHandler;
import com.telephony.domain.fabric.SipEndpoint;
import com.telephony.http.HttpResponse;
import com.telephony.signalwire.FabricHarness;
import com.telephony.signalwire.FabricHarness.Item;
import com.telephony.signalwire.FabricHarness.Operation;
import com.telephony.testsupport.TestProject;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.telephony.signalwire.FabricHarness.COLLECTION;
import static com.telephony.signalwire.FabricHarness.assertError;
import static com.telephony.signalwire.FabricHarness.assertInvalid;
import static com.telephony.signalwire.FabricHarness.assertResource;
import static com.telephony.testsupport.JsonFields.string;
import static com.telephony.testsupport.JsonFields.strings;
import static com.telephony.testsupport.TestProject.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * update-sip-endpoint on the Fabric edge over the in-memory stores: the documented body, the partial merge, the
 * resource handler pairing, field rules, username changes, ids that are not found, bodies and credentials. The
 * function's handler test keeps its event file, wiring, the races and what the table stores.
 */
class UpdateSipEndpointTest {
    /** The documentation's request body, byte for byte as its generated SDK examples send it. */
    private static final String SEED_BODY = "{\n  \"calling_handler_resource_id\": \"993ed018-9e79-4e50-b97b-984bd5534095\"\n}";
    private static final String SEED_RESOURCE = "993ed018-9e79-4e50-b97b-984bd5534095";
    private static final String OTHER_RESOURCE = "0b6f3c2e-41a8-4c57-9a0d-5a6f1d2c3b4e";

    private final FabricHarness fabric = new FabricHarness();
    private final TestProject project = fabric.newProject();

    private SipEndpoint arrange(TestProject owner, String username, Object... more) {
        Map<String, Object> fields = new HashMap<>(Map.of("username", username, "password", "initial-secret"));
        for (int i = 0; i < more.length; i += 2) {
            fields.put((String) more[i], more[i + 1]);
        }
        return fabric.arrange(owner, fields);
    }

    private SipEndpoint stored(TestProject owner, SipEndpoint endpoint) {
        return fabric.endpoints.get(owner.caller(), endpoint.id());
    }

    private static String withId(String fields) {
        return "{" + fields + ",\"calling_handler_resource_id\":null}";
    }

    @Test
    void seedExampleRepointsAResourceHandlerEndpoint() {
        SipEndpoint endpoint = arrange(project, "front-desk", "call_handler", "resource",
                "calling_handler_resource_id", OTHER_RESOURCE, "caller_id", "+15550100", "codecs", List.of("PCMU"));

        HttpResponse response = fabric.update(project, endpoint.id(), SEED_BODY);

        JsonNode body = assertResource(response);
        JsonNode sip = body.get("sip_endpoint");
        assertEquals("resource", string(sip, "call_handler"));
        assertEquals(SEED_RESOURCE, string(sip, "calling_handler_resource_id"));
        assertEquals("front-desk", string(sip, "username"), "omitted fields stay as they were");
        assertEquals("+15550100", string(sip, "caller_id"));
        assertEquals(List.of("PCMU"), strings(sip.get("codecs")));
        assertEquals(endpoint.id(), string(body, "id"));
        assertEquals("2024-05-06T12:20:01Z", string(body, "created_at"), "created_at never changes");
        assertTrue(string(body, "updated_at").compareTo(string(body, "created_at")) > 0, "updated_at moves on: " + body);
        assertFalse(response.bodyText().contains("initial-secret"));

        JsonNode again = assertResource(fabric.update(project, endpoint.id(), SEED_BODY));
        assertEquals(SEED_RESOURCE, string(again, "sip_endpoint", "calling_handler_resource_id"), "idempotent");
    }

    @Test
    void seedExampleOnADefaultHandlerEndpointKeepsTheResourceNull() {
        SipEndpoint endpoint = arrange(project, "lobby");

        JsonNode body = assertResource(fabric.update(project, endpoint.id(), SEED_BODY));
        assertEquals("default", string(body, "sip_endpoint", "call_handler"));
        assertTrue(body.get("sip_endpoint").get("calling_handler_resource_id").isNull(),
                "only a resource handler has a resource id (\"Will be null otherwise\")");
    }

    @Test
    void switchingTheHandlerToAndFromResource() {
        SipEndpoint endpoint = arrange(project, "switcher");

        JsonNode toResource = assertResource(fabric.update(project, endpoint.id(),
                "{\"call_handler\":\"resource\",\"calling_handler_resource_id\":\"" + SEED_RESOURCE + "\"}"));
        assertEquals("resource", string(toResource, "sip_endpoint", "call_handler"));
        assertEquals(SEED_RESOURCE, string(toResource, "sip_endpoint", "calling_handler_resource_id"));

        JsonNode away = assertResource(fabric.update(project, endpoint.id(),
                "{\"call_handler\":\"block-pstn\",\"calling_handler_resource_id\":\"" + SEED_RESOURCE + "\"}"));
        assertEquals("block-pstn", string(away, "sip_endpoint", "call_handler"));
        assertTrue(away.get("sip_endpoint").get("calling_handler_resource_id").isNull());
        assertEquals(CallHandler.BLOCK_PSTN, stored(project, endpoint).settings().callHandler());
    }

    @Test
    void callingHandlerResourceIdMustBePresent() {
        SipEndpoint endpoint = arrange(project, "needs-id");
        assertEquals("calling_handler_resource_id is required", assertInvalid(
                fabric.update(project, endpoint.id(), "{\"caller_id\":\"123\"}"), "missing_required_parameter",
                "calling_handler_resource_id"));
        assertInvalid(fabric.update(project, endpoint.id(), "{}"), "missing_required_parameter", "calling_handler_resource_id");
        assertEquals("", stored(project, endpoint).settings().callerId(), "a rejected update changes nothing");
        assertResource(fabric.update(project, endpoint.id(), "{\"calling_handler_resource_id\":null}"));
    }

    @Test
    void resourceHandlerWithoutAnIdIsRejected() {
        SipEndpoint plain = arrange(project, "plain");
        assertEquals("calling_handler_resource_id is required when call_handler is resource", assertInvalid(
                fabric.update(project, plain.id(), "{\"call_handler\":\"resource\",\"calling_handler_resource_id\":null}"),
                "missing_required_parameter", "calling_handler_resource_id"));

        SipEndpoint routed = arrange(project, "routed", "call_handler", "resource", "calling_handler_resource_id", OTHER_RESOURCE);
        assertInvalid(fabric.update(project, routed.id(), "{\"calling_handler_resource_id\":null}"),
                "missing_required_parameter", "calling_handler_resource_id");
        assertEquals("calling_handler_resource_id must be a UUID or null", assertInvalid(
                fabric.update(project, routed.id(), "{\"calling_handler_resource_id\":\"resource-1\"}"),
                "invalid_parameter", "calling_handler_resource_id"));
        assertInvalid(fabric.update(project, routed.id(), "{\"calling_handler_resource_id\":42}"),
                "invalid_parameter", "calling_handler_resource_id");
        assertEquals(OTHER_RESOURCE, stored(project, routed).settings().callingHandlerResourceId());
    }

    @Test
    void eachEnumRejectsAnUnknownValue() {
        SipEndpoint endpoint = arrange(project, "enums");
        String id = endpoint.id();
        assertInvalid(fabric.update(project, id, withId("\"ciphers\":[\"AES_CM_128_HMAC_SHA1_80\",\"NULL\"]")),
                "invalid_parameter", "ciphers");
        assertInvalid(fabric.update(project, id, withId("\"codecs\":[\"opus\"]")), "invalid_parameter", "codecs");
        assertEquals("encryption must be one of: required, optional, default",
                assertInvalid(fabric.update(project, id, withId("\"encryption\":\"disabled\"")), "invalid_parameter", "encryption"));
        assertInvalid(fabric.update(project, id, withId("\"call_handler\":\"block_pstn\"")), "invalid_parameter", "call_handler");

        List<Item> items = assertInvalid(fabric.update(project, id,
                "{\"username\":\"\",\"ciphers\":[\"X\"],\"codecs\":\"OPUS\",\"encryption\":\"none\",\"call_handler\":\"x\"}"));
        assertEquals(List.of("username", "ciphers", "codecs", "encryption", "call_handler", "calling_handler_resource_id"),
                items.stream().map(Item::attribute).toList());
        assertEquals(new Item("missing_required_parameter", "username", "username can't be blank"), items.get(0));
        assertEquals(endpoint.settings(), stored(project, endpoint).settings(), "nothing changed");
    }

    @Test
    void aPartialMergeReplacesArraysWholesaleAndKeepsTheRest() {
        SipEndpoint endpoint = arrange(project, "merge", "caller_id", "111", "send_as", "Front",
                "ciphers", List.of("AEAD_AES_256_GCM_8"), "encryption", "required");

        JsonNode sip = assertResource(fabric.update(project, endpoint.id(),
                withId("\"codecs\":[\"OPUS\",\"PCMA\"],\"send_as\":\"\",\"ignored\":true"))).get("sip_endpoint");
        assertEquals("111", string(sip, "caller_id"));
        assertEquals("", string(sip, "send_as"));
        assertEquals(List.of("AEAD_AES_256_GCM_8"), strings(sip.get("ciphers")));
        assertEquals(List.of("OPUS", "PCMA"), strings(sip.get("codecs")));
        assertEquals("required", string(sip, "encryption"));

        JsonNode reset = assertResource(fabric.update(project, endpoint.id(), withId("\"ciphers\":[]")));
        assertEquals(5, reset.get("sip_endpoint").get("ciphers").size(), "[] restores the defaults");
    }

    @Test
    void theUsernameMayChangeButStaysUnique() {
        SipEndpoint first = arrange(project, "alpha");
        arrange(project, "beta");

        JsonNode renamed = assertResource(fabric.update(project, first.id(), withId("\"username\":\"gamma\"")));
        assertEquals("gamma", string(renamed, "sip_endpoint", "username"));
        assertEquals("gamma", string(renamed, "display_name"));

        assertEquals("username must be unique within the project", assertInvalid(
                fabric.update(project, first.id(), withId("\"username\":\"beta\"")), "not_unique_within_project", "username"));
        assertResource(fabric.update(project, first.id(), withId("\"username\":\"gamma\"")));
        assertEquals("alpha", arrange(project, "alpha").settings().username(), "the old name is free again");
    }

    @Test
    void thePasswordRotatesButIsNeverAnswered() {
        SipEndpoint endpoint = arrange(project, "rotating");

        HttpResponse response = fabric.update(project, endpoint.id(), withId("\"password\":\"rotated-secret\""));
        assertResource(response);
        assertFalse(response.bodyText().contains("rotated-secret"));
        assertEquals("rotated-secret", stored(project, endpoint).settings().password());
        assertEquals("password can't be blank", assertInvalid(
                fabric.update(project, endpoint.id(), withId("\"password\":\"\"")), "missing_required_parameter", "password"));
        assertInvalid(fabric.update(project, endpoint.id(), withId("\"password\":1234")), "invalid_parameter", "password");
    }

    @Test
    void unknownForeignAndMalformedIdsAreNotFoundBeforeAnyFieldCheck() {
        TestProject other = fabric.newProject();
        SipEndpoint theirs = arrange(other, "theirs");

        assertError(fabric.update(project, theirs.id(), SEED_BODY), 404, "Not Found");
        assertError(fabric.update(project, theirs.id(), "{\"encryption\":\"bad\"}"), 404, "Not Found");
        assertEquals(theirs.settings(), stored(other, theirs).settings());
        for (String id : List.of(UUID.randomUUID().toString(), "id", "993ed018-9e79-4e50-b97b-984bd55340950")) {
            assertError(fabric.update(project, id, SEED_BODY), 404, "Not Found");
        }
    }

    @Test
    void malformedBodiesAndMissingCredentials() {
        SipEndpoint endpoint = arrange(project, "bodies");
        String path = COLLECTION + "/" + endpoint.id();
        for (String body : List.of("{\"calling_handler_resource_id\":", "", "[]", "null")) {
            assertError(fabric.update(project, endpoint.id(), body), 400, "Bad Request");
        }
        assertError(fabric.send(Operation.UPDATE, "PUT", path, "", project.authorization(), "application/x-www-form-urlencoded",
                "calling_handler_resource_id="), 400, "Bad Request");
        assertError(fabric.send(Operation.UPDATE, "PUT", path, "", null, "application/json", SEED_BODY), 401, "Unauthorized");
        assertError(fabric.send(Operation.UPDATE, "PUT", path, "", basic(project.projectId(), "PT" + "0".repeat(48)),
                "application/json", SEED_BODY), 401, "Unauthorized");
        TestProject other = fabric.newProject();
        assertError(fabric.send(Operation.UPDATE, "PUT", path, "", other.authorization(), "application/json", SEED_BODY),
                404, "Not Found");
        assertError(fabric.send(Operation.UPDATE, "PUT", path, "", basic(other.projectId(), project.token()),
                "application/json", SEED_BODY), 401, "Unauthorized");
        assertError(fabric.send(Operation.UPDATE, "POST", path, "", project.authorization(), "application/json", SEED_BODY),
                404, "Not Found");
        assertError(fabric.send(Operation.UPDATE, "PUT", COLLECTION, "", project.authorization(), "application/json", SEED_BODY),
                404, "Not Found");
    }
}
