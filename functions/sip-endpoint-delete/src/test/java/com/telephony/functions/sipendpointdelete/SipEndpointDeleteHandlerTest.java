package com.telephony.functions.sipendpointdelete;

import com.telephony.domain.fabric.SipEndpoint;
import com.telephony.domain.fabric.SipEndpointService;
import com.telephony.testsupport.EndpointFields;
import com.telephony.testsupport.FabricClient;
import com.telephony.testsupport.HandlerClient;
import com.telephony.testsupport.Parallel;
import com.telephony.testsupport.Reply;
import com.telephony.testsupport.SignalWireContract;
import com.telephony.testsupport.StoredItems;
import com.telephony.testsupport.TestEnvironment;
import com.telephony.testsupport.TestProject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static com.telephony.testsupport.FabricReplies.assertError;
import static com.telephony.testsupport.SignalWireContract.Operation.DELETE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** delete-sip-endpoint through the real Lambda handler, with API Gateway events, on a real DynamoDB engine. */
class SipEndpointDeleteHandlerTest {
    private static SipEndpointDeleteHandler handler;
    private static FabricClient client;

    @BeforeAll
    static void start() {
        TestEnvironment.get();
        handler = new SipEndpointDeleteHandler();
        client = new FabricClient(new HandlerClient(handler));
    }

    @AfterAll
    static void stop() {
        handler.close();
    }

    @Test
    void deletesTheEndpointAndReleasesItsUsername() {
        TestProject project = TestEnvironment.get().newProject();
        SipEndpointService service = TestEnvironment.get().sipEndpoints();
        SipEndpoint endpoint = service.create(project.caller(), EndpointFields.of("desk-1", "pw"));
        SipEndpoint kept = service.create(project.caller(), EndpointFields.of("desk-2", "pw"));

        Reply reply = client.delete(project, endpoint.id());
        assertEquals(204, reply.status(), reply::toString);
        assertEquals("", reply.text());
        assertFalse(reply.headers().containsKey("Content-Type"), "no body, no content type");
        SignalWireContract.assertConforms(DELETE, reply);

        assertEquals(List.of(kept.id()), StoredItems.projectItems(project.projectId(), "EP#").stream()
                .map(item -> item.get("id").s()).toList());
        assertEquals(1, StoredItems.projectItems(project.projectId(), "USER#").size(), "only desk-2's guard is left");
        assertEquals("desk-1", service.create(project.caller(), EndpointFields.of("desk-1", "pw")).settings().username(),
                "the username is free again");
        assertError(DELETE, client.delete(project, endpoint.id()), 404, "Not Found");
    }

    @Test
    void parallelDeletesOfOneEndpointSucceedOnce() throws Exception {
        TestProject project = TestEnvironment.get().newProject();
        SipEndpoint endpoint = TestEnvironment.get().sipEndpoints().create(project.caller(), EndpointFields.of("race", "pw"));
        List<Reply> replies = Parallel.run(6, i -> client.delete(project, endpoint.id()));
        assertEquals(1, replies.stream().filter(r -> r.status() == 204).count(), replies::toString);
        replies.stream().filter(r -> r.status() != 204).forEach(r -> assertError(DELETE, r, 404, "Not Found"));
        assertTrue(StoredItems.projectItems(project.projectId(), "USER#").isEmpty());
    }

    @Test
    void anotherProjectsEndpointIsNotFoundAndStays() {
        TestProject project = TestEnvironment.get().newProject();
        TestProject other = TestEnvironment.get().newProject();
        SipEndpoint theirs = TestEnvironment.get().sipEndpoints().create(other.caller(), EndpointFields.of("theirs", "pw"));

        assertError(DELETE, client.delete(project, theirs.id()), 404, "Not Found");
        assertEquals(1, StoredItems.projectItems(other.projectId(), "EP#").size());
        for (String id : List.of(UUID.randomUUID().toString(), "x", "993ed018-9e79-4e50-b97b")) {
            assertError(DELETE, client.delete(project, id), 404, "Not Found");
        }
    }

    @Test
    void authenticationFailures() {
        TestProject project = TestEnvironment.get().newProject();
        SipEndpoint endpoint = TestEnvironment.get().sipEndpoints().create(project.caller(), EndpointFields.of("u", "pw"));
        String path = FabricClient.COLLECTION + "/" + endpoint.id();
        assertError(DELETE, client.send("DELETE", path, "", null, null, null), 401, "Unauthorized");
        assertError(DELETE, client.send("DELETE", path, "", TestProject.basic(project.projectId(), "nope"), null, null),
                401, "Unauthorized");
        TestProject other = TestEnvironment.get().newProject();
        assertError(DELETE, client.send("DELETE", path, "", TestProject.basic(project.projectId(), other.token()), null, null),
                401, "Unauthorized");
        assertEquals(1, StoredItems.projectItems(project.projectId(), "EP#").size(), "nothing deleted");
    }
}
