package com.telephony.lambda;

import com.telephony.domain.extline.ExternalLineStore;
import com.telephony.domain.fabric.CallHandler;
import com.telephony.domain.fabric.Cipher;
import com.telephony.domain.fabric.Codec;
import com.telephony.domain.fabric.Encryption;
import com.telephony.domain.fabric.ProjectCaller;
import com.telephony.domain.fabric.ProjectProvisioning;
import com.telephony.domain.fabric.ProjectStore;
import com.telephony.domain.fabric.SipEndpointService;
import com.telephony.domain.fabric.SipEndpointSettings;
import com.telephony.domain.fabric.SipEndpointStore;
import com.telephony.domain.limits.LimitPolicy;
import com.telephony.domain.limits.RequestLimiter;
import com.telephony.domain.sip.SipConnectorStore;
import com.telephony.domain.sip.SipLineStore;
import com.telephony.domain.tenancy.Application;
import com.telephony.domain.tenancy.OAuthStore;
import com.telephony.domain.tenancy.Portal;
import com.telephony.domain.tenancy.Provisioning;
import com.telephony.domain.tenancy.TenancyStore;
import com.telephony.http.HttpEndpoint;
import com.telephony.http.HttpRequest;
import com.telephony.http.RehearsalCallers;
import com.telephony.http.RequestFacts;
import com.telephony.store.memory.InMemoryRequestLimiter;
import com.telephony.store.memory.InMemoryStores;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.RuntimeBeanDefinition;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The SnapStart rehearsal: the function's own endpoint, wired by the function's own wiring in a second bean context
 * in which every storage port (the stores and the request limiter) is an in-memory adapter, answers its success path
 * round after round before the snapshot. Priming requests against the real table can only take the error path (an
 * unknown credential: nothing may be written), so without the rehearsal a restored function ran its success path —
 * decoding, the use case, the limits, the success envelope — for the first time, interpreted and with every lambda
 * still to link, on its first real request (docs/performance.md, "SnapStart priming").
 *
 * <p>It cannot reach the function's table: every port is replaced, and the context carries
 * {@value #PROPERTY}{@code =true}, on which the storage wiring refuses to build a database client at all; a
 * rehearsal that cannot run stops, and the snapshot is taken without it.
 */
final class Rehearsal {
    /** Set in the rehearsal's context: storage wiring that sees it must refuse to connect to anything. */
    static final String PROPERTY = "telephony.rehearsal";
    /**
     * Few rounds on purpose: enough to load and link every class and call site of the success path and to give the
     * limiter a portal with a history, as real traffic has; not so many that the JIT compiles the path with the
     * in-memory adapters' type profiles, which the first real call, on the real adapters, would throw away (250
     * rounds made a restored {@code sip.add}'s first call slower, not faster: docs/performance.md). At most 10: a
     * portal holds 10 cloud lines.
     */
    static final int ROUNDS = 5;

    private Rehearsal() {
    }

    /** Runs {@code rounds} rounds; returns the status of every rehearsal request, in order. */
    static List<Integer> run(Function<ApplicationContext, HttpEndpoint> wiring, ClassLoader loader, int rounds) {
        InMemoryStores stores = InMemoryStores.create();
        Clock clock = Clock.systemUTC();
        List<Integer> statuses = new ArrayList<>();
        try (ApplicationContext context = ApplicationContext.builder()
                .classLoader(loader)
                .deduceEnvironment(false)
                .deduceCloudEnvironment(false)
                .banner(false)
                .properties(Map.of(PROPERTY, true))
                .beanDefinitions(inMemory(SipLineStore.class, stores::sipLines),
                        inMemory(SipConnectorStore.class, stores::sipConnectors),
                        inMemory(ExternalLineStore.class, stores::externalLines),
                        inMemory(SipEndpointStore.class, stores::sipEndpoints),
                        inMemory(TenancyStore.class, stores::tenancy),
                        inMemory(ProjectStore.class, stores::projects),
                        inMemory(OAuthStore.class, stores::oauth),
                        inMemory(RequestLimiter.class, () -> new InMemoryRequestLimiter(LimitPolicy.bitrix24())))
                .start()) {
            HttpEndpoint endpoint = wiring.apply(context);
            Provisioning tenancy = new Provisioning(stores.tenancy(), clock);
            ProjectProvisioning projects = new ProjectProvisioning(stores.projects());
            RehearsalCallers callers = provision(tenancy, projects, new SipEndpointService(stores.sipEndpoints(), clock),
                    rounds);
            for (int round = 0; round < rounds; round++) {
                for (HttpRequest request : endpoint.rehearsalRequests(callers, round)) {
                    statuses.add(endpoint.handle(request, new RequestFacts()).status());
                }
            }
        }
        return statuses;
    }

    private static <T> RuntimeBeanDefinition<T> inMemory(Class<T> port, Supplier<? extends T> adapter) {
        return RuntimeBeanDefinition.builder(port, adapter::get).replaces(port).build();
    }

    /**
     * An admin with the telephony permission, their webhook, an application token, a project, its token and one
     * SIP endpoint of it per round.
     */
    private static RehearsalCallers provision(Provisioning tenancy, ProjectProvisioning projects,
                                              SipEndpointService endpoints, int rounds) {
        Portal portal = tenancy.createPortal("rehearsal.bitrix24.invalid", ZoneId.of("UTC"));
        tenancy.addUser(portal.id(), 1, "Rehearsal", true, true);
        Set<String> telephony = Set.of("telephony");
        String webhook = "/rest/1/" + tenancy.createWebhook(portal.id(), 1, telephony).code() + "/";
        Application application = tenancy.registerApplication(portal.id(), "Rehearsal", telephony);
        String appToken = tenancy.issueAccessToken(portal.id(), application.clientId(), 1,
                Provisioning.ACCESS_TOKEN_LIFETIME).plaintext();
        String projectId = projects.createProject("Rehearsal").id();
        String credentials = projectId + ":" + projects.issueToken(projectId).plaintext();
        List<String> endpointIds = new ArrayList<>(rounds);
        for (int round = 0; round < rounds; round++) {
            endpointIds.add(endpoints.create(new ProjectCaller(projectId), new SipEndpointSettings(
                    "rehearsal-endpoint-" + round, "rehearsal-secret", "+15550100", "", List.of(Cipher.values()),
                    List.of(Codec.PCMU, Codec.OPUS), Encryption.DEFAULT, CallHandler.DEFAULT, null)).id());
        }
        return new RehearsalCallers(webhook, appToken,
                "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)),
                endpointIds);
    }
}
