package com.telephony.functions.sipendpointget;

import com.telephony.domain.fabric.ProjectCaller;
import com.telephony.domain.fabric.SipEndpoint;
import com.telephony.lambda.ApiGatewayHandler;
import com.telephony.testsupport.EndpointFields;
import com.telephony.testsupport.EventFileCall;
import com.telephony.testsupport.EventFiles;
import com.telephony.testsupport.FabricClient;
import com.telephony.testsupport.HandlerClient;
import com.telephony.testsupport.Reply;
import com.telephony.testsupport.StoredItems;
import com.telephony.testsupport.TestEnvironment;
import com.telephony.testsupport.TestProject;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import static com.telephony.testsupport.FabricReplies.assertError;
import static com.telephony.testsupport.FabricReplies.assertResource;
import static com.telephony.testsupport.JsonFields.string;
import static com.telephony.testsupport.SignalWireContract.Operation.GET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * get-sip-endpoint through the real Lambda handler, with API Gateway events and a Lambda Context, on a real
 * DynamoDB engine: its event file (the answer checked against the OpenAPI document), wiring, priming. Not-found
 * ids, credentials and the answer's fields are unit tests in shared/signalwire-fabric ({@code GetSipEndpointTest}).
 */
class SipEndpointGetHandlerTest {
    private static SipEndpointGetHandler handler;
    private static HandlerClient raw;
    private static FabricClient client;

    @BeforeAll
    static void start() {
        TestEnvironment.get();
        handler = new SipEndpointGetHandler();
        raw = new HandlerClient(handler);
        client = new FabricClient(raw);
    }

    @AfterAll
    static void stop() {
        handler.close();
    }

    @Test
    void theEventFileGoesThroughTheHandlerWithALambdaContext() {
        EventFiles.provisionDevTenant();
        SipEndpoint endpoint = TestEnvironment.get().sipEndpoints().create(new ProjectCaller(EventFiles.PROJECT_ID),
                EndpointFields.of(Map.of("username", "front-desk", "password", "hunter2-secret", "caller_id", "+15550100")));

        Reply reply = EventFileCall.sendJson(raw, "sip-endpoint-get", Map.of(EventFiles.ENDPOINT_ID, endpoint.id()));

        JsonNode body = assertResource(GET, reply);
        assertEquals(endpoint.id(), string(body, "id"));
        assertEquals(EventFiles.PROJECT_ID, string(body, "project_id"));
        assertEquals("+15550100", string(body, "sip_endpoint", "caller_id"));
        assertFalse(reply.text().contains("hunter2"), reply::toString);
    }

    @Test
    void thisFunctionServesOnlyGetOnAnItem() {
        TestProject project = TestEnvironment.get().newProject();
        SipEndpoint endpoint = TestEnvironment.get().sipEndpoints().create(project.caller(), EndpointFields.of("u", "pw"));
        assertError(GET, client.send("DELETE", FabricClient.COLLECTION + "/" + endpoint.id(), "", project.authorization(),
                null, null), 404, "Not Found");
        assertError(GET, client.send("GET", FabricClient.COLLECTION, "", project.authorization(), null, null), 404, "Not Found");
        assertError(GET, client.get(project, "not-a-uuid"), 404, "Not Found");
        assertResource(GET, client.get(project, endpoint.id()));
    }

    @Test
    void snapStartPrimingReachesTheTokenLookupRehearsesOnItsOwnStoresAndWritesNothing() {
        int before = StoredItems.all().size();

        ApiGatewayHandler.Priming priming = handler.prime();
        // 401, not 404 (no route) or 500 (no storage): the request reached the token lookup in DynamoDB
        assertEquals(List.of(401), priming.primingStatuses());
        // the rehearsal read its own endpoint every round, in its own in-memory stores
        assertEquals(Collections.nCopies(5, 200), priming.rehearsalStatuses());
        assertEquals(before, StoredItems.all().size());
    }
}
