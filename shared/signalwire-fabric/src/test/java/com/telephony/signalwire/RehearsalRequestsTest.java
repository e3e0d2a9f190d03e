package com.telephony.signalwire;

import com.telephony.http.HttpRequest;
import com.telephony.http.HttpResponse;
import com.telephony.http.RehearsalCallers;
import com.telephony.signalwire.FabricHarness.Operation;
import com.telephony.testsupport.TestProject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The SnapStart rehearsal's requests (docs/performance.md) take the success path of a fresh project. */
class RehearsalRequestsTest {
    @Test
    void theCollectionOperationsSucceedForAFreshProjectAndTheItemOperationsHaveNone() {
        FabricHarness harness = new FabricHarness();
        TestProject project = harness.newProject();
        RehearsalCallers callers = new RehearsalCallers("/rest/1/unused/", "unused", project.authorization());
        Map<Operation, Integer> expected = Map.of(Operation.CREATE, 200, Operation.LIST, 200);

        for (Operation operation : Operation.values()) {
            FabricEndpoint edge = harness.edge(operation);
            List<HttpRequest> requests = edge.rehearsalRequests(callers);
            assertEquals(expected.containsKey(operation) ? 1 : 0, requests.size(), operation::name);
            for (HttpRequest request : requests) {
                HttpResponse response = edge.handle(request);
                assertEquals(expected.get(operation), response.status(), () -> operation + ": " + response.bodyText());
            }
        }
    }
}
