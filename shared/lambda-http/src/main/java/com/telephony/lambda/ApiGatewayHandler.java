package com.telephony.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.telephony.http.HttpEndpoint;
import com.telephony.http.HttpRequest;
import com.telephony.http.SnapshotPriming;
import io.micronaut.context.ApplicationContext;
import org.crac.Core;
import org.crac.Resource;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Base of every function's Lambda handler: builds the function's Micronaut context once per container, in the
 * constructor, which Lambda runs at init and SnapStart snapshots, while the storage adapter's {@link InitWarmUps}
 * set up its client's classes on a second thread. Everything the function uses (DynamoDB clients,
 * table schemas, the JSON factory) is built there too, by the wiring asking for its endpoint. Per event it only
 * converts, calls and converts back; nothing is registered per invocation, which is what makes it cheaper than the
 * stock api-proxy handler (docs/performance.md).
 *
 * <p>It is also a CRaC resource: before SnapStart takes the snapshot, it loads the classes recorded from a real
 * first call of the function, rehearses the endpoint's success path on in-memory stores ({@link Rehearsal}), sends
 * the endpoint's priming requests through the whole handler (one DynamoDB read each) and runs the storage adapter's
 * write priming (writes DynamoDB refuses by condition), both for {@link StoragePriming}'s rounds, so a restored
 * function starts with its classes loaded, its success path linked and its clients' code compiled instead of paying
 * for that on its first real request. Nothing is written to the function's storage. It registers only when Lambda initializes the container for a snapshot:
 * registering costs an on-demand cold start ~15 ms.
 */
public abstract class ApiGatewayHandler
        implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>, AutoCloseable, Resource {
    /** Lambda's reserved variable: on-demand, provisioned-concurrency or snap-start. */
    private static final String INITIALIZATION_TYPE = "AWS_LAMBDA_INITIALIZATION_TYPE";
    private static final String SNAP_START = "snap-start";

    private final ApplicationContext context;
    private final Function<ApplicationContext, HttpEndpoint> wiring;
    private final HttpEndpoint endpoint;
    private final EndpointInvocations invocations;

    protected ApiGatewayHandler(Function<ApplicationContext, HttpEndpoint> wiring) {
        ClassLoader loader = getClass().getClassLoader();
        // Before the context: the storage client's set-up overlaps the context's start (InitWarmUps).
        InitWarmUps warmUps = InitWarmUps.start(loader);
        this.context = ApplicationContext.builder()
                .classLoader(loader)
                .deduceEnvironment(false)
                .deduceCloudEnvironment(false)
                .banner(false)
                .start();
        // While the warm-up thread builds the storage client: load (not initialize) the classes the client and the
        // first requests will need, so both threads share the class loading (docs/performance.md).
        ClassPreloading.preload(loader, false);
        // The wiring builds the storage client and the rest: only once the warm-up has ended. Until then this thread
        // initializes Micronaut's classes and that one the SDK's, so neither waits for a static initializer the
        // other holds; and none of the warm-up runs into the first request.
        warmUps.finish();
        this.wiring = wiring;
        this.endpoint = wiring.apply(context);
        this.invocations = new EndpointInvocations(endpoint, getClass().getSimpleName());
        if (SNAP_START.equals(System.getenv(INITIALIZATION_TYPE))) {
            // Held weakly by CRaC; the runtime holds the handler for the container's life.
            Core.getGlobalContext().register(this);
        }
    }

    /** One request ({@link EndpointInvocations}): never throws, recorded in exactly one JSON line. */
    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context lambdaContext) {
        return invocations.handle(event, lambdaContext);
    }

    /**
     * What priming did: the statuses of the endpoint's priming requests against the real storage (error paths: an
     * unknown credential), the statuses of the rehearsal's requests on in-memory stores (success paths), and how
     * many rounds of the real-storage priming ran ({@link StoragePriming}).
     */
    public record Priming(List<Integer> primingStatuses, List<Integer> rehearsalStatuses, int storageRounds) {
    }

    /**
     * Loads the classes recorded from the function's first real call ({@link ClassPreloading}), rehearses the
     * endpoint's success path on in-memory stores ({@link Rehearsal}), then, for {@link StoragePriming}'s rounds,
     * sends the endpoint's priming requests through the whole path but the record (they are not traffic: no log
     * line, no metric) and runs the context's {@link SnapshotPriming}s (the storage write path, refused by
     * DynamoDB). Nothing is written to the function's storage.
     */
    public Priming prime() {
        ClassLoader loader = getClass().getClassLoader();
        ClassPreloading.preload(loader);
        List<Integer> rehearsal = Rehearsal.run(wiring, loader, Rehearsal.ROUNDS);
        List<HttpRequest> requests = endpoint.primingRequests();
        List<SnapshotPriming> storage = List.copyOf(context.getBeansOfType(SnapshotPriming.class));
        StoragePriming.Result real = StoragePriming.run(() -> {
            List<Integer> statuses = new ArrayList<>(requests.size());
            for (HttpRequest request : requests) {
                statuses.add(invocations.prime(request));
            }
            for (SnapshotPriming priming : storage) {
                priming.prime();
            }
            return statuses;
        }, context.getProperty(StoragePriming.ROUNDS_PROPERTY, Integer.class).orElse(StoragePriming.DEFAULT_ROUNDS));
        return new Priming(real.statuses(), rehearsal, real.rounds());
    }

    @Override
    public void beforeCheckpoint(org.crac.Context<? extends Resource> crac) {
        prime();
    }

    @Override
    public void afterRestore(org.crac.Context<? extends Resource> crac) {
        invocations.restored();
        // Nothing to renew: the JDK's HTTP client closes keep-alive connections idle for more than 5 s when it
        // next picks one (the snapshot's are older), the SDK retries a failed connection, and a SnapStart
        // function's credentials come from Lambda's container credentials endpoint, which the SDK refreshes.
    }

    /** The function's bean context, for tests. */
    public ApplicationContext context() {
        return context;
    }

    @Override
    public void close() {
        context.close();
    }
}
