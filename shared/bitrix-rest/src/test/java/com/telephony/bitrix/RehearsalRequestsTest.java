package com.telephony.bitrix;

import com.telephony.http.HttpRequest;
import com.telephony.http.HttpResponse;
import com.telephony.http.RehearsalCallers;
import com.telephony.testsupport.TestPortal;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The SnapStart rehearsal's requests (docs/performance.md) take the success path, round after round, on one portal. */
class RehearsalRequestsTest {
    /** The most rounds a rehearsal may run: a portal holds 10 cloud lines. */
    private static final int ROUNDS = 10;

    @Test
    void everyMethodWithRehearsalParametersSucceedsForANewPortalsAdminInEveryRound() {
        BitrixHarness harness = new BitrixHarness();
        TestPortal portal = harness.newPortal();
        RehearsalCallers callers = new RehearsalCallers(portal.webhookPath(), portal.tokenA(), "Basic unused", List.of());

        assertEquals(List.of(portal.webhookPath() + "profile", portal.webhookPath() + "server.time",
                        "/rest/telephony.externalLine.add", "/rest/telephony.externalLine.get",
                        portal.webhookPath() + "voximplant.sip.add",
                        portal.webhookPath() + "voximplant.sip.connector.status",
                        portal.webhookPath() + "voximplant.sip.get"),
                harness.edge.rehearsalRequests(callers, 0).stream().map(HttpRequest::path).toList());
        for (int round = 0; round < ROUNDS; round++) {
            for (HttpRequest request : harness.edge.rehearsalRequests(callers, round)) {
                HttpResponse response = harness.edge.handle(request);
                int r = round;
                assertEquals(200, response.status(), () -> "round " + r + ", " + request.path() + ": " + response.bodyText());
            }
        }
    }
}
