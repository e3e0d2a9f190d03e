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
     * were provisioned: a SnapStart rehearsal sends them, round after round ({@code round} from 0), before the
     * snapshot, so a restored function has its success path (decoding, the use case, the limits, the success
     * encoding) loaded and linked. They may change those stores freely: the rehearsal never reaches the function's
     * own storage; what a round creates must differ from what earlier rounds created. None by default.
     */
    default List<HttpRequest> rehearsalRequests(RehearsalCallers callers, int round) {
        return List.of();
    }
}
