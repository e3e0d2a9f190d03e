package com.telephony.lambda;

import com.telephony.domain.limits.RequestLimiter;
import com.telephony.domain.sip.SipLineStore;
import com.telephony.domain.tenancy.TenancyStore;
import com.telephony.http.Headers;
import com.telephony.http.HttpEndpoint;
import com.telephony.http.HttpRequest;
import com.telephony.http.HttpResponse;
import com.telephony.http.RehearsalCallers;
import com.telephony.store.memory.InMemoryRequestLimiter;
import com.telephony.store.memory.InMemorySipLineStore;
import com.telephony.store.memory.InMemoryTenancyStore;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RehearsalTest {
    /** Answers 200 to whatever the rehearsal sends and remembers the callers it was given. */
    static final class RehearsingEndpoint implements HttpEndpoint {
        final List<RehearsalCallers> callers = new ArrayList<>();

        @Override
        public HttpResponse handle(HttpRequest request) {
            return new HttpResponse(request.path().startsWith("/rest/1/") ? 200 : 500, Map.of(), new byte[0]);
        }

        @Override
        public List<HttpRequest> rehearsalRequests(RehearsalCallers callers, int round) {
            this.callers.add(callers);
            return List.of(new HttpRequest("POST", callers.bitrixWebhookPath() + "server.time", "",
                    Headers.of(Map.of()), new byte[0]));
        }
    }

    @Test
    void theEndpointIsWiredAgainOverInMemoryPortsAndCalledRoundAfterRound() {
        List<ApplicationContext> contexts = new ArrayList<>();
        RehearsingEndpoint endpoint = new RehearsingEndpoint();
        List<Object[]> seen = new ArrayList<>();

        List<Integer> statuses = Rehearsal.run(context -> {
            contexts.add(context);
            seen.add(new Object[]{context.getBean(SipLineStore.class), context.getBean(TenancyStore.class),
                    context.getBean(RequestLimiter.class),
                    context.getProperty(Rehearsal.PROPERTY, Boolean.class).orElse(false)});
            return endpoint;
        }, getClass().getClassLoader(), 3);

        assertEquals(List.of(200, 200, 200), statuses);
        assertEquals(1, contexts.size());
        assertInstanceOf(InMemorySipLineStore.class, seen.get(0)[0]);
        assertInstanceOf(InMemoryTenancyStore.class, seen.get(0)[1]);
        assertInstanceOf(InMemoryRequestLimiter.class, seen.get(0)[2]);
        assertEquals(true, seen.get(0)[3], "storage wiring must be able to refuse to connect");
        assertTrue(!contexts.get(0).isRunning(), "the rehearsal's context is closed afterwards");
        assertEquals(3, endpoint.callers.size());
        assertEquals(1, new HashSet<>(endpoint.callers).size(), "one portal and project for every round");
        assertTrue(endpoint.callers.get(0).fabricAuthorization().startsWith("Basic "));
        assertEquals(3, new HashSet<>(endpoint.callers.get(0).fabricEndpointIds()).size(),
                "an endpoint of its own for every round, which the round may delete");
    }
}
