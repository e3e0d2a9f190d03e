package com.telephony.http;

import java.util.List;

/** What a Lambda handler (or the local API) hands every request to: one protocol edge. Never throws. */
public interface HttpEndpoint {
    HttpResponse handle(HttpRequest request);

    /**
     * The same, telling {@code facts} what the request was (operation, tenant, error code, an unexpected failure)
     * for its log record. Edges implement this; the default learns nothing.
     */
    default HttpResponse handle(HttpRequest request, RequestFacts facts) {
        return handle(request);
    }

    /**
     * Requests that take this edge's whole path, a storage round trip included, and change nothing: sent before a
     * SnapStart snapshot, so a restored function has its classes loaded and its clients warm before its first real
     * request. None by default.
     */
    default List<HttpRequest> primingRequests() {
        return List.of();
    }

    /**
     * Requests that take this edge's success path when it is wired over in-memory stores in which {@code callers}
     * were just provisioned (a fresh portal and project each time): a SnapStart rehearsal sends them, round after
     * round, before the snapshot, so a restored function has run its success path (decoding, the use case, the
     * success encoding) often enough for the JIT, and its lambdas are linked. They may change those stores freely:
     * the rehearsal never reaches the function's own storage. None by default.
     */
    default List<HttpRequest> rehearsalRequests(RehearsalCallers callers) {
        return List.of();
    }
}
