package com.telephony.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.telephony.http.HttpEndpoint;
import io.micronaut.context.ApplicationContext;

import java.util.function.Function;

/**
 * Base of every function's Lambda handler: builds the function's Micronaut context once per container (in the
 * constructor, which Lambda runs at init and SnapStart snapshots), asks the function for its endpoint, and then per
 * event only converts, calls and converts back. Nothing is registered per invocation: that is what makes it cheaper
 * than the stock api-proxy handler (docs/decisions.md).
 */
public abstract class ApiGatewayHandler
        implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>, AutoCloseable {
    private final ApplicationContext context;
    private final HttpEndpoint endpoint;

    protected ApiGatewayHandler(Function<ApplicationContext, HttpEndpoint> wiring) {
        this.context = ApplicationContext.builder()
                .classLoader(getClass().getClassLoader())
                .deduceEnvironment(false)
                .deduceCloudEnvironment(false)
                .banner(false)
                .start();
        this.endpoint = wiring.apply(context);
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context lambdaContext) {
        return ApiGatewayEvents.toResponse(endpoint.handle(ApiGatewayEvents.toRequest(event)));
    }

    /** The function's bean context, for tests and priming. */
    public ApplicationContext context() {
        return context;
    }

    @Override
    public void close() {
        context.close();
    }
}
