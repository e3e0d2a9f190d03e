package com.telephony.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.telephony.http.HttpEndpoint;
import com.telephony.http.HttpRequest;
import com.telephony.http.RequestFacts;

import java.time.Instant;

/**
 * What a Lambda handler does with each invocation, for one endpoint: the event converted, answered by the edge,
 * converted back, and recorded in exactly one JSON line on standard output (log record and metrics at once,
 * {@link RequestRecord}). {@link ApiGatewayHandler} uses it; so does the benchmark's hand-wired variant, which must
 * take the same request path without a bean context (docs/performance.md).
 */
public final class EndpointInvocations {
    /** Where the Java runtime puts the invocation's X-Ray trace header. */
    private static final String TRACE_HEADER_PROPERTY = "com.amazonaws.xray.traceHeader";

    private final HttpEndpoint endpoint;
    private final String defaultFunctionName;
    private final String metricsNamespace;
    /** True until this container (or this restored snapshot) has answered its first request. */
    private volatile boolean coldStart = true;

    /** {@code defaultFunctionName}: the name logged when neither Lambda's context nor its environment gives one. */
    public EndpointInvocations(HttpEndpoint endpoint, String defaultFunctionName) {
        this.endpoint = endpoint;
        this.defaultFunctionName = defaultFunctionName;
        String namespace = System.getenv("METRICS_NAMESPACE");
        this.metricsNamespace = namespace == null || namespace.isBlank() ? RequestRecord.DEFAULT_NAMESPACE : namespace;
    }

    /**
     * One invocation. Never throws: whatever escapes the edge (a defect) is recorded with its stack trace and
     * answered 500 with the API Gateway's own body.
     */
    public APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event, Context lambdaContext) {
        Instant start = Instant.now();
        long started = System.nanoTime();
        boolean cold = coldStart;
        coldStart = false;
        RequestFacts facts = new RequestFacts();
        HttpRequest request = null;
        APIGatewayV2HTTPResponse response;
        try {
            request = ApiGatewayEvents.toRequest(event);
            response = ApiGatewayEvents.toResponse(endpoint.handle(request, facts));
        } catch (RuntimeException | Error defect) {
            facts.unexpected(defect);
            response = ApiGatewayEvents.internalError();
        }
        System.out.println(RequestRecord.line(new RequestRecord.Request(start,
                lambdaContext == null ? null : lambdaContext.getAwsRequestId(),
                System.getProperty(TRACE_HEADER_PROPERTY),
                functionName(lambdaContext), request == null ? null : request.method(), response.getStatusCode(),
                (System.nanoTime() - started) / 1e6, cold), facts, metricsNamespace));
        return response;
    }

    /**
     * A priming request through the endpoint, as {@link #handle} would send it but not recorded (priming is not
     * traffic): its record line is formatted and dropped, so the first real request does not format the first one.
     */
    int prime(HttpRequest request) {
        RequestFacts facts = new RequestFacts();
        int status = endpoint.handle(ApiGatewayEvents.toRequest(ApiGatewayEvents.toEvent(request)), facts).status();
        RequestRecord.line(new RequestRecord.Request(Instant.now(), "snapstart-priming", null, functionName(null),
                request.method(), status, 0.0, false), facts, metricsNamespace);
        return status;
    }

    /** A restored snapshot's first request is its container's cold start. */
    void restored() {
        coldStart = true;
    }

    private String functionName(Context lambdaContext) {
        if (lambdaContext != null && lambdaContext.getFunctionName() != null) {
            return lambdaContext.getFunctionName();
        }
        String name = System.getenv("AWS_LAMBDA_FUNCTION_NAME");
        return name != null ? name : defaultFunctionName;
    }
}
