package com.telephony.functions.sipendpointdelete;

import com.telephony.domain.fabric.ProjectCaller;
import com.telephony.domain.fabric.SipEndpoint;
import com.telephony.domain.fabric.SipEndpointService;
import com.telephony.lambda.ApiGatewayHandler;
import com.telephony.testsupport.EndpointFields;
import com.telephony.testsupport.EventFiles;
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

import java.util.Collections;
import java.util.List;
import java.util.Map;

import static com.telephony.testsupport.FabricReplies.assertError;
import static com.telephony.testsupport.SignalWireContract.Operation.DELETE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * delete-sip-endpoint through the real Lambda handler, with API Gateway events and a Lambda Context, on a real
 * DynamoDB engine: its event file (the answer checked against the OpenAPI document), what the table keeps, wiring,
 * the race. Not-found ids and credentials are unit tests in shared/signalwire-fabric ({@code DeleteSipEndpointTest}).
 */
class SipEndpointDeleteHandlerTest {
    private static SipEndpointDeleteHandler handler;
    private static HandlerClient raw;
    private static FabricClient client;

    @BeforeAll
    static void start() {
        TestEnvironment.get();
        handler = new SipEndpointDeleteHandler();
        raw = new HandlerClient(handler);
        client = new FabricClient(raw);
    }

    @AfterAll
    static void stop() {
        handler.close();
    }

    @Test
    void theEventFileDeletesTheEndpointAndItsUsernameGuard() {
        EventFiles.provisionDevTenant();
        SipEndpointService service = TestEnvironment.get().sipEndpoints();
        ProjectCaller dev = new ProjectCaller(EventFiles.PROJECT_ID);
        SipEndpoint endpoint = service.create(dev, EndpointFields.of("desk-1", "pw"));
        SipEndpoint kept = service.create(dev, EndpointFields.of("desk-2", "pw"));

        Reply reply = raw.send(EventFiles.load("sip-endpoint-delete", Map.of(EventFiles.ENDPOINT_ID, endpoint.id())));
        assertEquals(204, reply.status(), reply::toString);
        assertEquals("", reply.text());
        assertFalse(reply.headers().containsKey("Content-Type"), "no body, no content type");
        SignalWireContract.assertConforms(DELETE, reply);

        assertEquals(List.of(kept.id()), StoredItems.projectItems(EventFiles.PROJECT_ID, "EP#").stream()
                .map(item -> item.get("id").s()).toList());
        assertEquals(List.of("USER#desk-2"), StoredItems.projectItems(EventFiles.PROJECT_ID, "USER#").stream()
                .map(item -> item.get("sk").s()).toList(), "only desk-2's guard is left");
    }

    @Test
    void thisFunctionServesOnlyDeleteOnAnItem() {
        TestProject project = TestEnvironment.get().newProject();
        SipEndpoint endpoint = TestEnvironment.get().sipEndpoints().create(project.caller(), EndpointFields.of("u", "pw"));
        assertError(DELETE, client.send("GET", FabricClient.COLLECTION + "/" + endpoint.id(), "", project.authorization(),
                null, null), 404, "Not Found");
        assertError(DELETE, client.send("DELETE", FabricClient.COLLECTION, "", project.authorization(), null, null),
                404, "Not Found");
        assertEquals(1, StoredItems.projectItems(project.projectId(), "EP#").size(), "nothing deleted");
    }

    @Test
    void parallelDeletesOfOneEndpointSucceedOnce() throws Exception {
        TestProject project = TestEnvironment.get().newProject();
        SipEndpoint endpoint = TestEnvironment.get().sipEndpoints().create(project.caller(), EndpointFields.of("race", "pw"));
        List<Reply> replies = Parallel.run(6, i -> client.delete(project, endpoint.id()));
        assertEquals(1, replies.stream().filter(r -> r.status() == 204).count(), replies::toString);
        replies.stream().filter(r -> r.status() != 204).forEach(r -> assertError(DELETE, r, 404, "Not Found"));
        assertTrue(StoredItems.projectItems(project.projectId(), "USER#").isEmpty());
        assertTrue(StoredItems.projectItems(project.projectId(), "EP#").isEmpty());
    }

    @Test
    void snapStartPrimingDeletesOnlyInTheRehearsalsOwnStores() {
        TestProject project = TestEnvironment.get().newProject();
        SipEndpoint endpoint = TestEnvironment.get().sipEndpoints().create(project.caller(), EndpointFields.of("kept", "pw"));
        int before = StoredItems.all().size();

        ApiGatewayHandler.Priming priming = handler.prime();
        assertEquals(List.of(401), priming.primingStatuses());
        // every round deleted the endpoint the rehearsal made for it, in the rehearsal's in-memory stores
        assertEquals(Collections.nCopies(5, 204), priming.rehearsalStatuses());
        assertEquals(before, StoredItems.all().size());
        assertEquals(1, StoredItems.projectItems(project.projectId(), "EP#").size(), endpoint.id() + " is still there");
    }
}
