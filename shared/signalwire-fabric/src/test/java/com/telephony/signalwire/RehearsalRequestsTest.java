package com.telephony.signalwire;

import com.telephony.http.HttpRequest;
import com.telephony.http.HttpResponse;
import com.telephony.http.RehearsalCallers;
import com.telephony.signalwire.FabricHarness.Operation;
import com.telephony.testsupport.TestProject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SnapStart rehearsal's requests (docs/performance.md) take the success path, round after round, on one project:
 * the collection operations on its collection, the operations on one endpoint on that round's own endpoint.
 */
class RehearsalRequestsTest {
    @Test
    void everyOperationSucceedsInEveryRoundTheDeleteLast() {
        FabricHarness harness = new FabricHarness();
        TestProject project = harness.newProject();
        List<String> endpointIds = IntStream.range(0, 10)
                .mapToObj(round -> harness.arrange(project, "rehearsal-endpoint-" + round).id()).toList();
        RehearsalCallers callers = new RehearsalCallers("/rest/1/unused/", "unused", project.authorization(),
                endpointIds);

        for (int round = 0; round < 10; round++) {
            // in a function only one operation runs; DELETE goes last here so that the round's endpoint is there
            // for GET and UPDATE
            for (Operation operation : Operation.values()) {
                FabricEndpoint edge = harness.edge(operation);
                List<HttpRequest> requests = edge.rehearsalRequests(callers, round);
                assertEquals(1, requests.size(), operation::name);
                HttpResponse response = edge.handle(requests.get(0));
                assertEquals(operation == Operation.DELETE ? 204 : 200, response.status(),
                        () -> operation + ": " + response.bodyText());
                if (operation == Operation.GET || operation == Operation.UPDATE || operation == Operation.DELETE) {
                    assertTrue(requests.get(0).path().endsWith("/" + endpointIds.get(round)), operation::name);
                }
            }
            assertTrue(harness.stores.sipEndpoints().find(project.projectId(), endpointIds.get(round)).isEmpty(),
                    "the round deleted its own endpoint");
        }
    }
}
