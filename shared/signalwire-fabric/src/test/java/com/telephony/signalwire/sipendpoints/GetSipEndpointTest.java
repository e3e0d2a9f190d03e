package com.telephony.signalwire.sipendpoints;

import com.telephony.domain.fabric.SipEndpoint;
import com.telephony.http.HttpResponse;
import com.telephony.signalwire.FabricHarness;
import com.telephony.signalwire.FabricHarness.Operation;
import com.telephony.testsupport.TestProject;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.telephony.signalwire.FabricHarness.COLLECTION;
import static com.telephony.signalwire.FabricHarness.assertError;
import static com.telephony.signalwire.FabricHarness.assertResource;
import static com.telephony.testsupport.JsonFields.string;
import static com.telephony.testsupport.JsonFields.strings;
import static com.telephony.testsupport.TestProject.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * get-sip-endpoint on the Fabric edge over the in-memory stores: the stored endpoint without its password, ids that
 * are not found, credentials before the id. The function's handler test keeps its event file, wiring and priming.
 */
class GetSipEndpointTest {
    /** The clock's first reading is one second after this: 12:20:00.250. */
    private final FabricHarness fabric = new FabricHarness(Instant.parse("2024-05-06T12:19:59.250Z"));
    private final TestProject project = fabric.newProject();

    @Test
    void answersTheStoredEndpointWithoutItsPassword() {
        SipEndpoint endpoint = fabric.arrange(project, Map.of(
                "username", "User", "password", "hunter2-secret", "caller_id", "123456789", "send_as", "Support",
                "ciphers", List.of("AEAD_AES_256_GCM_8", "AES_256_CM_HMAC_SHA1_32"),
                "codecs", List.of("G722", "PCMA", "PCMU", "VP8")));

        HttpResponse response = fabric.get(project, endpoint.id());
        JsonNode body = assertResource(response);
        assertEquals(endpoint.id(), string(body, "id"));
        assertEquals(project.projectId(), string(body, "project_id"));
        assertEquals("User", string(body, "display_name"));
        assertEquals("2024-05-06T12:20:00Z", string(body, "created_at"), "whole seconds");
        assertEquals("2024-05-06T12:20:00Z", string(body, "updated_at"));
        assertEquals("123456789", string(body, "sip_endpoint", "caller_id"));
        assertEquals("Support", string(body, "sip_endpoint", "send_as"));
        assertEquals(List.of("AEAD_AES_256_GCM_8", "AES_256_CM_HMAC_SHA1_32"), strings(body.get("sip_endpoint").get("ciphers")));
        assertEquals(List.of("G722", "PCMA", "PCMU", "VP8"), strings(body.get("sip_endpoint").get("codecs")));
        assertFalse(response.bodyText().contains("hunter2"), response::bodyText);
        assertEquals(body, assertResource(fabric.get(project, endpoint.id().toUpperCase())), "ids in any case");
    }

    @Test
    void anotherProjectsEndpointIsNotFound() {
        TestProject other = fabric.newProject();
        SipEndpoint theirs = fabric.arrange(other, "theirs");

        assertError(fabric.get(project, theirs.id()), 404, "Not Found");
        assertResource(fabric.get(other, theirs.id()));
    }

    @Test
    void unknownIdsAndIdsThatAreNoUuidAreNotFound() {
        for (String id : List.of(UUID.randomUUID().toString(), "id", "1", "993ed018", "993ed018-9e79-4e50-b97b-984bd553409",
                "{993ed018-9e79-4e50-b97b-984bd5534095}", "993ed018-9e79-4e50-b97b-984bd5534095x", "%00", "..", "%2F",
                "1-1-1-1-1", "993ed0189e794e50b97b984bd5534095")) {
            assertError(fabric.get(project, id), 404, "Not Found");
        }
    }

    @Test
    void authenticationComesBeforeTheId() {
        SipEndpoint endpoint = fabric.arrange(project, "u");
        String path = COLLECTION + "/" + endpoint.id();
        assertError(fabric.send(Operation.GET, "GET", path, "", null, null, null), 401, "Unauthorized");
        assertError(fabric.send(Operation.GET, "GET", COLLECTION + "/not-a-uuid", "", null, null, null), 401, "Unauthorized");
        assertError(fabric.send(Operation.GET, "GET", path, "", basic(project.projectId(), project.token() + "x"), null, null),
                401, "Unauthorized");
        TestProject other = fabric.newProject();
        assertError(fabric.send(Operation.GET, "GET", path, "", basic(other.projectId(), project.token()), null, null),
                401, "Unauthorized");
        assertError(fabric.send(Operation.GET, "GET", path, "", "Basic", null, null), 401, "Unauthorized");
    }

    @Test
    void onlyGetOnAnItem() {
        SipEndpoint endpoint = fabric.arrange(project, "u");
        String path = COLLECTION + "/" + endpoint.id();
        assertError(fabric.send(Operation.GET, "DELETE", path, "", project.authorization(), null, null), 404, "Not Found");
        assertError(fabric.send(Operation.GET, "GET", COLLECTION, "", project.authorization(), null, null), 404, "Not Found");
        assertError(fabric.send(Operation.GET, "GET", path + "/addresses", "", project.authorization(), null, null),
                404, "Not Found");
        assertResource(fabric.get(project, endpoint.id()));
    }
}
