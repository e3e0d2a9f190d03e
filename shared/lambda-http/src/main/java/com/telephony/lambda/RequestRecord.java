package com.telephony.lambda;

import com.telephony.http.RequestFacts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one line a function writes per request (docs/operations.md): a structured JSON log record that is also a
 * CloudWatch Embedded Metric Format document, so CloudWatch Logs extracts the request's metrics from it without
 * any network call. It names the request id, function, operation, tenant, status, error code, duration and
 * whether the container was cold; an unexpected exception is in it with its stack trace. It never holds the path
 * (a webhook URL carries its code), the query, headers or body.
 */
final class RequestRecord {
    /** Metrics' namespace, set by the template per stage; this default for local runs. */
    static final String DEFAULT_NAMESPACE = "TelephonyFunctions";
    private static final int MAX_FRAMES = 60;
    /** A dimension with one value, so every metric also exists summed over all functions (for alarms). */
    static final String SERVICE = "telephony";

    private RequestRecord() {
    }

    record Request(Instant start, String requestId, String traceId, String function, String httpMethod,
                   int status, double durationMs, boolean coldStart) {
    }

    static String line(Request request, RequestFacts facts, String namespace) {
        Throwable unexpected = facts.unexpected();
        boolean error = request.status() >= 400;
        boolean serverError = request.status() >= 500;
        boolean storageFault = facts.storageFault() != null;
        // QUERY_LIMIT_EXCEEDED is also how a storage fault is answered; only a real rate limit counts as one
        boolean rateLimited = request.status() == 429
                || "QUERY_LIMIT_EXCEEDED".equals(facts.errorCode()) && !storageFault;
        JsonLine line = new JsonLine()
                .string("timestamp", request.start().toString())
                .string("level", serverError || unexpected != null ? "ERROR" : storageFault ? "WARN" : "INFO")
                .string("message", summary(request, facts))
                .string("requestId", request.requestId());
        if (request.traceId() != null) {
            line.string("traceId", request.traceId());
        }
        line.string("service", SERVICE)
                .string("function", request.function())
                .string("operation", facts.operation())
                .string("httpMethod", request.httpMethod());
        if (facts.tenantKind() != null) {
            line.string(facts.tenantKind() == RequestFacts.TenantKind.PORTAL ? "portal" : "project", facts.tenantId());
        }
        line.number("status", request.status())
                .string("errorCode", facts.errorCode())
                .decimal("durationMs", request.durationMs())
                .bool("coldStart", request.coldStart());
        if (storageFault) {
            line.string("storageFault", facts.storageFault());
        }
        if (unexpected != null) {
            line.raw("exception", exception(unexpected));
        }
        // Embedded Metric Format: the directive, then one member per metric value
        return line.raw("_aws", metricsDirective(request.start(), namespace, facts.errorCode() != null))
                .number("Requests", 1)
                .number("Errors", error ? 1 : 0)
                .number("ServerErrors", serverError ? 1 : 0)
                .number("RateLimited", rateLimited ? 1 : 0)
                .number("StorageFaults", storageFault ? 1 : 0)
                .number("ColdStarts", request.coldStart() ? 1 : 0)
                .decimal("Duration", request.durationMs())
                .end();
    }

    private static String summary(Request request, RequestFacts facts) {
        String operation = facts.operation() == null ? "(no route)" : facts.operation();
        return operation + " " + request.status() + (facts.errorCode() == null ? "" : " " + facts.errorCode());
    }

    /**
     * Requests, errors, server errors, rate-limit refusals, storage faults, cold starts and duration, for the
     * service and by function; error counts also by error code when there is one.
     */
    private static String metricsDirective(Instant start, String namespace, boolean hasErrorCode) {
        String byFunction = new JsonLine()
                .string("Namespace", namespace)
                .raw("Dimensions", "[[\"service\"],[\"service\",\"function\"]]")
                .raw("Metrics", "[" + metric("Requests", "Count") + "," + metric("Errors", "Count") + ","
                        + metric("ServerErrors", "Count") + "," + metric("RateLimited", "Count") + ","
                        + metric("StorageFaults", "Count") + ","
                        + metric("ColdStarts", "Count") + "," + metric("Duration", "Milliseconds") + "]")
                .end();
        String directives = byFunction;
        if (hasErrorCode) {
            directives += "," + new JsonLine()
                    .string("Namespace", namespace)
                    .raw("Dimensions", "[[\"service\",\"errorCode\"],[\"service\",\"function\",\"errorCode\"]]")
                    .raw("Metrics", "[" + metric("Errors", "Count") + "]")
                    .end();
        }
        return new JsonLine()
                .number("Timestamp", start.toEpochMilli())
                .raw("CloudWatchMetrics", "[" + directives + "]")
                .end();
    }

    private static String metric(String name, String unit) {
        return new JsonLine().string("Name", name).string("Unit", unit).end();
    }

    /** Type, message and frames, causes included (each once), as one JSON object. */
    static String exception(Throwable failure) {
        List<String> frames = new ArrayList<>();
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable current = failure; current != null && seen.put(current, true) == null;
             current = current.getCause()) {
            if (current != failure) {
                frames.add("Caused by: " + current);
            }
            StackTraceElement[] trace = current.getStackTrace();
            for (int i = 0; i < trace.length && frames.size() < MAX_FRAMES; i++) {
                frames.add("at " + trace[i]);
            }
        }
        return new JsonLine()
                .string("type", failure.getClass().getName())
                .string("message", failure.getMessage())
                .raw("stackTrace", JsonLine.array(frames))
                .end();
    }
}
