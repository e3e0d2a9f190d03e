package com.telephony.signalwire;

import com.telephony.http.HttpRequest;
import com.telephony.http.HttpResponse;
import com.telephony.http.RehearsalCallers;
import com.telephony.signalwire.FabricHarness.Operation;
import com.telephony.testsupport.TestProject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The SnapStart rehearsal's requests (docs/performance.md) take the success path, round after round, on one project. */
class RehearsalRequestsTest {
    @Test
    void theCollectionOperationsSucceedInEveryRoundAndTheItemOperationsHaveNone() {
        FabricHarness harness = new FabricHarness();
        TestProject project = harness.newProject();
        RehearsalCallers callers = new RehearsalCallers("/rest/1/unused/", "unused", project.authorization());
        Set<Operation> rehearsed = Set.of(Operation.CREATE, Operation.LIST);

        for (int round = 0; round < 10; round++) {
            for (Operation operation : Operation.values()) {
                FabricEndpoint edge = harness.edge(operation);
                List<HttpRequest> requests = edge.rehearsalRequests(callers, round);
                assertEquals(rehearsed.contains(operation) ? 1 : 0, requests.size(), operation::name);
                for (HttpRequest request : requests) {
                    HttpResponse response = edge.handle(request);
                    assertEquals(200, response.status(), () -> operation + ": " + response.bodyText());
                }
            }
        }
    }
}
