package com.telephony.functions.sipendpointlist;

import com.telephony.domain.fabric.ProjectCaller;
import com.telephony.domain.fabric.SipEndpointService;
import com.telephony.testsupport.EndpointFields;
import com.telephony.testsupport.EventFileCall;
import com.telephony.testsupport.EventFiles;
import com.telephony.testsupport.FabricClient;
import com.telephony.testsupport.HandlerClient;
import com.telephony.testsupport.Reply;
import com.telephony.testsupport.TestEnvironment;
import com.telephony.testsupport.TestProject;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static com.telephony.testsupport.FabricReplies.assertError;
import static com.telephony.testsupport.FabricReplies.assertResource;
import static com.telephony.testsupport.JsonFields.string;
import static com.telephony.testsupport.SignalWireContract.Operation.LIST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * list-sip-endpoints through the real Lambda handler, with API Gateway events and a Lambda Context, on a real
 * DynamoDB engine: its event file (the answer checked against the OpenAPI document), the query string and Host
 * header into the links, wiring. Paging, page sizes, parameter errors and credentials are unit tests in
 * shared/signalwire-fabric ({@code ListSipEndpointsTest}).
 */
class SipEndpointListHandlerTest {
    private static SipEndpointListHandler handler;
    private static HandlerClient raw;
    private static FabricClient client;

    @BeforeAll
    static void start() {
        TestEnvironment.get();
        handler = new SipEndpointListHandler();
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
        SipEndpointService service = TestEnvironment.get().sipEndpoints();
        List<String> newestFirst = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            newestFirst.add(service.create(new ProjectCaller(EventFiles.PROJECT_ID),
                    EndpointFields.of("desk-" + i, "secret-" + i)).id());
        }
        newestFirst.sort(Comparator.reverseOrder());

        Reply reply = EventFileCall.sendJson(raw, "sip-endpoint-list");

        JsonNode body = assertResource(LIST, reply);
        assertEquals(newestFirst, ids(body));
        assertEquals("https://localhost:3000/api/fabric/resources/sip_endpoints?page_number=0&page_size=50&type=sip_endpoint",
                string(body.get("links"), "self"), "the event's Host header and query string");
        assertNull(body.get("links").get("next"));
        assertFalse(reply.text().contains("secret-"), "no password in a list");
    }

    @Test
    void thisFunctionServesOnlyGetOnTheCollection() {
        TestProject project = TestEnvironment.get().newProject();
        assertError(LIST, client.send("GET", FabricClient.COLLECTION + "/x", "", project.authorization(), null, null),
                404, "Not Found");
        assertEquals(404, client.send("POST", FabricClient.COLLECTION, "", project.authorization(), "application/json",
                "{}").status());
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.get("data").values().forEach(item -> ids.add(string(item, "id")));
        return ids;
    }
}
