package com.telephony.signalwire.sipendpoints;

import com.telephony.domain.fabric.SipEndpoint;
import com.telephony.domain.fabric.SipEndpointNotFound;
import com.telephony.http.HttpResponse;
import com.telephony.signalwire.FabricHarness;
import com.telephony.signalwire.FabricHarness.Operation;
import com.telephony.testsupport.TestProject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static com.telephony.signalwire.FabricHarness.COLLECTION;
import static com.telephony.signalwire.FabricHarness.assertError;
import static com.telephony.testsupport.TestProject.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * delete-sip-endpoint on the Fabric edge over the in-memory stores: the empty 204, the username freed, ids that are
 * not found, credentials. The function's handler test keeps its event file, wiring, the race and what the table
 * keeps.
 */
class DeleteSipEndpointTest {
    private final FabricHarness fabric = new FabricHarness();
    private final TestProject project = fabric.newProject();

    @Test
    void deletesTheEndpointAndReleasesItsUsername() {
        SipEndpoint endpoint = fabric.arrange(project, "desk-1");
        SipEndpoint kept = fabric.arrange(project, "desk-2");

        HttpResponse response = fabric.delete(project, endpoint.id());
        assertEquals(204, response.status(), response::bodyText);
        assertEquals(0, response.body().length);
        assertTrue(response.headers().isEmpty(), "no body, no content type");

        assertThrows(SipEndpointNotFound.class, () -> fabric.endpoints.get(project.caller(), endpoint.id()));
        assertEquals(kept.id(), fabric.endpoints.get(project.caller(), kept.id()).id());
        assertEquals("desk-1", fabric.arrange(project, "desk-1").settings().username(), "the username is free again");
        assertError(fabric.delete(project, endpoint.id()), 404, "Not Found");
    }

    @Test
    void anotherProjectsEndpointIsNotFoundAndStays() {
        TestProject other = fabric.newProject();
        SipEndpoint theirs = fabric.arrange(other, "theirs");

        assertError(fabric.delete(project, theirs.id()), 404, "Not Found");
        assertEquals(theirs.id(), fabric.endpoints.get(other.caller(), theirs.id()).id());
        for (String id : List.of(UUID.randomUUID().toString(), "x", "993ed018-9e79-4e50-b97b")) {
            assertError(fabric.delete(project, id), 404, "Not Found");
        }
    }

    @Test
    void authenticationFailures() {
        SipEndpoint endpoint = fabric.arrange(project, "u");
        String path = COLLECTION + "/" + endpoint.id();
        assertError(fabric.send(Operation.DELETE, "DELETE", path, "", null, null, null), 401, "Unauthorized");
        assertError(fabric.send(Operation.DELETE, "DELETE", path, "", basic(project.projectId(), "nope"), null, null),
                401, "Unauthorized");
        TestProject other = fabric.newProject();
        assertError(fabric.send(Operation.DELETE, "DELETE", path, "", basic(project.projectId(), other.token()), null, null),
                401, "Unauthorized");
        assertEquals(endpoint.id(), fabric.endpoints.get(project.caller(), endpoint.id()).id(), "nothing deleted");
    }

    @Test
    void onlyDeleteOnAnItem() {
        SipEndpoint endpoint = fabric.arrange(project, "routed");
        assertError(fabric.send(Operation.DELETE, "GET", COLLECTION + "/" + endpoint.id(), "", project.authorization(),
                null, null), 404, "Not Found");
        assertError(fabric.send(Operation.DELETE, "DELETE", COLLECTION, "", project.authorization(), null, null),
                404, "Not Found");
        assertEquals(endpoint.id(), fabric.endpoints.get(project.caller(), endpoint.id()).id());
    }
}
