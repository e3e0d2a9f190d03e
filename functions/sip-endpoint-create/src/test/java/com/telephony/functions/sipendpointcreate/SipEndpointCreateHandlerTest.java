package com.telephony.functions.sipendpointcreate;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.telephony.testsupport.EventFileCall;
import com.telephony.testsupport.EventFiles;
import com.telephony.testsupport.FabricClient;
import com.telephony.testsupport.HandlerClient;
import com.telephony.testsupport.Parallel;
import com.telephony.testsupport.Reply;
import com.telephony.testsupport.StoredItems;
import com.telephony.testsupport.TestEnvironment;
import com.telephony.testsupport.TestProject;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static com.telephony.testsupport.FabricReplies.assertError;
import static com.telephony.testsupport.FabricReplies.assertInvalid;
import static com.telephony.testsupport.FabricReplies.assertResource;
import static com.telephony.testsupport.JsonFields.string;
import static com.telephony.testsupport.JsonFields.strings;
import static com.telephony.testsupport.SignalWireContract.Operation.CREATE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * create-sip-endpoint through the real Lambda handler, with API Gateway events and a Lambda Context, on a real
 * DynamoDB engine: its event file (the answer checked against the OpenAPI document), event conversion, wiring,
 * the race for a username, what is stored, priming. The operation's rules are unit tests in shared/signalwire-fabric
 * ({@code CreateSipEndpointTest}).
 */
class SipEndpointCreateHandlerTest {
    private static final String RESOURCE = "993ed018-9e79-4e50-b97b-984bd5534095";

    private static SipEndpointCreateHandler handler;
    private static HandlerClient raw;
    private static FabricClient client;

    @BeforeAll
    static void start() {
        TestEnvironment.get();
        handler = new SipEndpointCreateHandler();
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
        Reply reply = EventFileCall.sendJson(raw, "sip-endpoint-create");

        JsonNode body = assertResource(CREATE, reply);
        assertEquals(EventFiles.PROJECT_ID, string(body, "project_id"));
        assertEquals("front-desk", string(body, "sip_endpoint", "username"));
        assertEquals("+15550100", string(body, "sip_endpoint", "caller_id"));
        assertEquals(List.of("PCMU", "OPUS"), strings(body.get("sip_endpoint").get("codecs")));

        List<Map<String, AttributeValue>> stored = StoredItems.projectItems(EventFiles.PROJECT_ID, "EP#");
        assertEquals(1, stored.size());
        assertEquals("s3cret", stored.get(0).get("password").s(), "kept for SIP digest authentication");
        assertFalse(reply.text().contains("s3cret"), "and never answered");
    }

    @Test
    void aBase64BodyIsDecoded() {
        TestProject project = TestEnvironment.get().newProject();
        APIGatewayV2HTTPEvent event = EventFiles.load("sip-endpoint-create");
        event.setHeaders(Map.of("authorization", project.authorization(), "content-type", "application/json"));
        event.setBody(Base64.getEncoder().encodeToString("{\"username\":\"b64\",\"password\":\"pw\"}"
                .getBytes(StandardCharsets.UTF_8)));
        event.setIsBase64Encoded(true);

        assertEquals("b64", string(assertResource(CREATE, raw.send(event)), "display_name"));
    }

    @Test
    void thisFunctionServesOnlyPostOnTheCollection() {
        TestProject project = TestEnvironment.get().newProject();
        assertError(CREATE, client.send("GET", FabricClient.COLLECTION, "", project.authorization(), null, null), 404, "Not Found");
        assertError(CREATE, client.send("POST", FabricClient.COLLECTION + "/" + RESOURCE, "", project.authorization(),
                "application/json", "{}"), 404, "Not Found");
        assertEquals(0, StoredItems.projectItems(project.projectId(), "EP#").size());
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
    void aRejectedCreateStoresNothingAndReservesNoUsername() {
        TestProject project = TestEnvironment.get().newProject();
        assertInvalid(CREATE, client.create(project, "{\"username\":\"u\",\"encryption\":\"disabled\"}"));
        assertEquals(0, StoredItems.projectItems(project.projectId(), "EP#").size());
        assertEquals(0, StoredItems.projectItems(project.projectId(), "USER#").size());
    }

    @Test
    void snapStartPrimingReachesTheTokenLookupAndWritesNothing() {
        int before = StoredItems.all().size();

        // 401, not 404 (no route) or 500 (no storage): the request reached the token lookup in DynamoDB
        assertEquals(List.of(401), handler.prime().primingStatuses());
        assertEquals(before, StoredItems.all().size());
    }
}
