package com.telephony.bitrix;

import com.telephony.http.HttpRequest;
import com.telephony.http.HttpResponse;
import com.telephony.http.RehearsalCallers;
import com.telephony.testsupport.TestPortal;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The SnapStart rehearsal's requests (docs/performance.md) take the success path of a fresh portal. */
class RehearsalRequestsTest {
    @Test
    void everyMethodWithRehearsalParametersSucceedsForAFreshPortalsAdmin() {
        BitrixHarness harness = new BitrixHarness();
        TestPortal portal = harness.newPortal();
        List<HttpRequest> requests = harness.edge.rehearsalRequests(
                new RehearsalCallers(portal.webhookPath(), portal.tokenA(), "Basic unused"));

        assertEquals(List.of(portal.webhookPath() + "profile", portal.webhookPath() + "server.time",
                        "/rest/telephony.externalLine.add", "/rest/telephony.externalLine.get",
                        portal.webhookPath() + "voximplant.sip.add",
                        portal.webhookPath() + "voximplant.sip.connector.status",
                        portal.webhookPath() + "voximplant.sip.get"),
                requests.stream().map(HttpRequest::path).toList());
        for (HttpRequest request : requests) {
            HttpResponse response = harness.edge.handle(request);
            assertEquals(200, response.status(), () -> request.path() + ": " + response.bodyText());
        }
    }
}
