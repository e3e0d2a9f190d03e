package com.telephony.lambda;

import com.telephony.http.RequestFacts;

import java.time.Instant;

/**
 * Bench only (bench/hand-wired, never deployed): the request's log and metrics line exactly as
 * {@link ApiGatewayHandler} writes it. {@link RequestRecord} is package-private, so this class sits in its package
 * inside the bench module (a split package, harmless in a shaded jar) instead of the production class being opened.
 */
public final class HandWiredRecord {
    public static final String DEFAULT_NAMESPACE = RequestRecord.DEFAULT_NAMESPACE;

    private HandWiredRecord() {
    }

    public static String line(Instant start, String requestId, String traceId, String function, String httpMethod,
                              int status, double durationMs, boolean coldStart, RequestFacts facts, String namespace) {
        return RequestRecord.line(new RequestRecord.Request(start, requestId, traceId, function, httpMethod, status,
                durationMs, coldStart), facts, namespace);
    }
}
