package com.telephony.functions.sipendpointget;

import com.telephony.domain.fabric.SipEndpoint;
import com.telephony.testsupport.StoredItems;
import com.telephony.testsupport.EndpointFields;
import com.telephony.testsupport.FabricClient;
import com.telephony.testsupport.HandlerClient;
import com.telephony.testsupport.Reply;
import com.telephony.testsupport.TestEnvironment;
import com.telephony.testsupport.TestProject;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.telephony.testsupport.FabricReplies.assertError;
import static com.telephony.testsupport.FabricReplies.assertResource;
import static com.telephony.testsupport.FabricReplies.string;
import static com.telephony.testsupport.FabricReplies.strings;
import static com.telephony.testsupport.SignalWireContract.Operation.GET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** get-sip-endpoint through the real Lambda handler, with API Gateway events, on a real DynamoDB engine. */
class SipEndpointGetHandlerTest {
    private static SipEndpointGetHandler handler;
    private static FabricClient client;

    @BeforeAll
    static void start() {
        TestEnvironment.get();
        handler = new SipEndpointGetHandler();
        client = new FabricClient(new HandlerClient(handler));
    }

    @AfterAll
    static void stop() {
        handler.close();
    }

    @Test
    void answersTheStoredEndpointWithoutItsPassword() {
        TestProject project = TestEnvironment.get().newProject();
        Clock then = Clock.fixed(Instant.parse("2024-05-06T12:20:00.250Z"), ZoneOffset.UTC);
        SipEndpoint endpoint = TestEnvironment.get().sipEndpoints(then).create(project.caller(), EndpointFields.of(Map.of(
                "username", "User", "password", "hunter2-secret", "caller_id", "123456789", "send_as", "Support",
                "ciphers", List.of("AEAD_AES_256_GCM_8", "AES_256_CM_HMAC_SHA1_32"),
                "codecs", List.of("G722", "PCMA", "PCMU", "VP8"))));

        Reply reply = client.get(project, endpoint.id());
        JsonNode body = assertResource(GET, reply);
        assertEquals(endpoint.id(), string(body, "id"));
        assertEquals(endpoint.id(), string(body, "sip_endpoint", "id"));
        assertEquals(project.projectId(), string(body, "project_id"));
        assertEquals("User", string(body, "display_name"));
        assertEquals("2024-05-06T12:20:00Z", string(body, "created_at"));
        assertEquals("2024-05-06T12:20:00Z", string(body, "updated_at"));
        assertEquals("123456789", string(body, "sip_endpoint", "caller_id"));
        assertEquals("Support", string(body, "sip_endpoint", "send_as"));
        assertEquals(List.of("AEAD_AES_256_GCM_8", "AES_256_CM_HMAC_SHA1_32"), strings(body.get("sip_endpoint").get("ciphers")));
        assertEquals(List.of("G722", "PCMA", "PCMU", "VP8"), strings(body.get("sip_endpoint").get("codecs")));
        assertFalse(reply.text().contains("hunter2"), reply::toString);
        assertResource(GET, client.get(project, endpoint.id().toUpperCase()));
    }

    @Test
    void anotherProjectsEndpointIsNotFound() {
        TestProject project = TestEnvironment.get().newProject();
        TestProject other = TestEnvironment.get().newProject();
        SipEndpoint theirs = TestEnvironment.get().sipEndpoints().create(other.caller(), EndpointFields.of("theirs", "pw"));

        assertError(GET, client.get(project, theirs.id()), 404, "Not Found");
        assertResource(GET, client.get(other, theirs.id()));
    }

    @Test
    void unknownIdsAndIdsThatAreNoUuidAreNotFound() {
        TestProject project = TestEnvironment.get().newProject();
        for (String id : List.of(UUID.randomUUID().toString(), "id", "1", "993ed018", "993ed018-9e79-4e50-b97b-984bd553409",
                "{993ed018-9e79-4e50-b97b-984bd5534095}", "993ed018-9e79-4e50-b97b-984bd5534095x", "%00", "..", "%2F",
                "1-1-1-1-1", "993ed0189e794e50b97b984bd5534095")) {
            assertError(GET, client.get(project, id), 404, "Not Found");
        }
    }

    @Test
    void authenticationComesBeforeTheId() {
        TestProject project = TestEnvironment.get().newProject();
        SipEndpoint endpoint = TestEnvironment.get().sipEndpoints().create(project.caller(), EndpointFields.of("u", "pw"));
        String path = FabricClient.COLLECTION + "/" + endpoint.id();
        assertError(GET, client.send("GET", path, "", null, null, null), 401, "Unauthorized");
        assertError(GET, client.send("GET", FabricClient.COLLECTION + "/not-a-uuid", "", null, null, null), 401, "Unauthorized");
        assertError(GET, client.send("GET", path, "", TestProject.basic(project.projectId(), project.token() + "x"), null, null),
                401, "Unauthorized");
        TestProject other = TestEnvironment.get().newProject();
        assertError(GET, client.send("GET", path, "", TestProject.basic(other.projectId(), project.token()), null, null),
                401, "Unauthorized");
        assertError(GET, client.send("GET", path, "", "Basic", null, null), 401, "Unauthorized");
    }

    @Test
    void thisFunctionServesOnlyGetOnAnItem() {
        TestProject project = TestEnvironment.get().newProject();
        SipEndpoint endpoint = TestEnvironment.get().sipEndpoints().create(project.caller(), EndpointFields.of("u", "pw"));
        assertEquals(404, client.send("DELETE", FabricClient.COLLECTION + "/" + endpoint.id(), "", project.authorization(),
                null, null).status());
        assertEquals(404, client.send("GET", FabricClient.COLLECTION, "", project.authorization(), null, null).status());
        assertEquals(404, client.send("GET", FabricClient.COLLECTION + "/" + endpoint.id() + "/addresses", "",
                project.authorization(), null, null).status());
    }

    @Test
    void snapStartPrimingReachesTheTokenLookupAndWritesNothing() {
        int before = StoredItems.all().size();

        // 401, not 404 (no route) or 500 (no storage): the request reached the token lookup in DynamoDB
        assertEquals(List.of(401), handler.prime());
        assertEquals(before, StoredItems.all().size());
    }
}
