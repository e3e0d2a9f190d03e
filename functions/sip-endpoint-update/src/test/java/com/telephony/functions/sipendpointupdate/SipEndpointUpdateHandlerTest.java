package com.telephony.functions.sipendpointupdate;

import com.telephony.domain.fabric.Codec;
import com.telephony.domain.fabric.Encryption;
import com.telephony.domain.fabric.ProjectCaller;
import com.telephony.domain.fabric.SipEndpoint;
import com.telephony.domain.fabric.SipEndpointSettings;
import com.telephony.testsupport.EndpointFields;
import com.telephony.testsupport.EventFileCall;
import com.telephony.testsupport.EventFiles;
import com.telephony.testsupport.FabricClient;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.telephony.testsupport.FabricReplies.assertError;
import static com.telephony.testsupport.FabricReplies.assertInvalid;
import static com.telephony.testsupport.FabricReplies.assertResource;
import static com.telephony.testsupport.JsonFields.string;
import static com.telephony.testsupport.SignalWireContract.Operation.UPDATE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * update-sip-endpoint through the real Lambda handler, with API Gateway events and a Lambda Context, on a real
 * DynamoDB engine: its event file, answers checked against both the combined OpenAPI document and the update page's
 * own, wiring, the races and what the table stores. The operation's rules (merge, handler pairing, field errors,
 * not-found ids, bodies, credentials) are unit tests in shared/signalwire-fabric ({@code UpdateSipEndpointTest}).
 */
class SipEndpointUpdateHandlerTest {
    /** The documentation's request body, byte for byte as its generated SDK examples send it. */
    private static final String SEED_BODY = "{\n  \"calling_handler_resource_id\": \"993ed018-9e79-4e50-b97b-984bd5534095\"\n}";

    private static SipEndpointUpdateHandler handler;
    private static HandlerClient raw;
    private static FabricClient client;

    @BeforeAll
    static void start() {
        TestEnvironment.get();
        handler = new SipEndpointUpdateHandler();
        raw = new HandlerClient(handler);
        client = new FabricClient(raw);
    }

    @AfterAll
    static void stop() {
        handler.close();
    }

    private static SipEndpoint arrange(TestProject project, String username) {
        return TestEnvironment.get().sipEndpoints().create(project.caller(), EndpointFields.of(username, "initial-secret"));
    }

    private static SipEndpointSettings stored(TestProject project, SipEndpoint endpoint) {
        return TestEnvironment.get().sipEndpoints().get(project.caller(), endpoint.id()).settings();
    }

    private static String withId(String fields) {
        return "{" + fields + ",\"calling_handler_resource_id\":null}";
    }

    @Test
    void theEventFileGoesThroughTheHandlerWithALambdaContext() {
        EventFiles.provisionDevTenant();
        ProjectCaller dev = new ProjectCaller(EventFiles.PROJECT_ID);
        SipEndpoint endpoint = TestEnvironment.get().sipEndpoints().create(dev,
                EndpointFields.of(Map.of("username", "routed", "password", "pw", "call_handler", "resource",
                        "calling_handler_resource_id", UUID.randomUUID().toString())));

        // the file names one id for the path and the body's resource: both become the created endpoint's
        Reply reply = EventFileCall.sendJson(raw, "sip-endpoint-update", Map.of(EventFiles.ENDPOINT_ID, endpoint.id()));

        JsonNode body = assertResource(UPDATE, reply);
        assertEquals(endpoint.id(), string(body, "id"));
        assertEquals(endpoint.id(), string(body, "sip_endpoint", "calling_handler_resource_id"));
        assertEquals(endpoint.id(), TestEnvironment.get().sipEndpoints().get(dev, endpoint.id()).settings()
                .callingHandlerResourceId());
    }

    @Test
    void everyAnswerConformsToTheSeedsOwnDocument() {
        TestProject project = TestEnvironment.get().newProject();
        SipEndpoint endpoint = arrange(project, "seed-doc");
        Reply ok = client.update(project, endpoint.id(), SEED_BODY);
        for (Reply reply : List.of(ok, client.update(project, endpoint.id(), "{}"),
                client.update(project, UUID.randomUUID().toString(), SEED_BODY))) {
            assertEquals(List.of(), SignalWireContract.problems(SignalWireContract.SEED, UPDATE, reply.status(),
                    reply.headers().get("Content-Type"), reply.text()), reply::toString);
        }
        assertNotEquals(List.of(), SignalWireContract.problems(SignalWireContract.SEED, UPDATE, 200,
                "application/json", ok.text().replace("\"sip_endpoint\":", "\"endpoint\":")), "the check can fail");
    }

    @Test
    void thisFunctionServesOnlyPutOnAnItem() {
        TestProject project = TestEnvironment.get().newProject();
        SipEndpoint endpoint = arrange(project, "wired");
        assertError(UPDATE, client.send("POST", FabricClient.COLLECTION + "/" + endpoint.id(), "", project.authorization(),
                "application/json", SEED_BODY), 404, "Not Found");
        assertError(UPDATE, client.send("PUT", FabricClient.COLLECTION, "", project.authorization(), "application/json",
                SEED_BODY), 404, "Not Found");
        assertEquals(endpoint.settings(), stored(project, endpoint));
    }

    @Test
    void theUsernameGuardMovesWithTheUsername() {
        TestProject project = TestEnvironment.get().newProject();
        SipEndpoint first = arrange(project, "alpha");
        arrange(project, "beta");

        assertResource(UPDATE, client.update(project, first.id(), withId("\"username\":\"gamma\"")));
        assertEquals(List.of("USER#beta", "USER#gamma"), guards(project));
        assertInvalid(UPDATE, client.update(project, first.id(), withId("\"username\":\"beta\"")),
                "not_unique_within_project", "username");
        assertEquals(List.of("USER#beta", "USER#gamma"), guards(project), "a refused rename leaves the guards");
    }

    @Test
    void parallelRenamesToOneUsernameLeaveItWithOneEndpoint() throws Exception {
        TestProject project = TestEnvironment.get().newProject();
        List<SipEndpoint> endpoints = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            endpoints.add(arrange(project, "seat-" + i));
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
        SipEndpoint endpoint = arrange(project, "busy");
        List<String> bodies = List.of(withId("\"caller_id\":\"+15550199\""), withId("\"send_as\":\"Sales\""),
                withId("\"encryption\":\"optional\""), withId("\"codecs\":[\"G729\"]"));
        List<Reply> replies = Parallel.run(bodies.size(), i -> client.update(project, endpoint.id(), bodies.get(i)));
        replies.forEach(reply -> assertResource(UPDATE, reply));

        SipEndpointSettings settings = stored(project, endpoint);
        assertEquals("+15550199", settings.callerId());
        assertEquals("Sales", settings.sendAs());
        assertEquals(Encryption.OPTIONAL, settings.encryption());
        assertEquals(Codec.G729, settings.codecs().get(0));
    }

    @Test
    void aRotatedPasswordIsStoredButNeverAnswered() {
        TestProject project = TestEnvironment.get().newProject();
        SipEndpoint endpoint = arrange(project, "rotating");

        Reply reply = client.update(project, endpoint.id(), withId("\"password\":\"rotated-secret\""));
        assertResource(UPDATE, reply);
        assertFalse(reply.text().contains("rotated-secret"));
        assertEquals("rotated-secret", StoredItems.projectItems(project.projectId(), "EP#").get(0).get("password").s());
    }

    private static List<String> guards(TestProject project) {
        return StoredItems.projectItems(project.projectId(), "USER#").stream().map(item -> item.get("sk").s()).sorted().toList();
    }
}
