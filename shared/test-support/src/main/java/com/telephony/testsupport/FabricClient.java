package com.telephony.testsupport;

import java.util.HashMap;
import java.util.Map;

/** Calls a SignalWire Fabric function's real handler with API Gateway events as the HTTP API builds them. */
public final class FabricClient {
    public static final String COLLECTION = "/api/fabric/resources/sip_endpoints";

    private final HandlerClient client;

    public FabricClient(HandlerClient client) {
        this.client = client;
    }

    /** {@code authorization} and {@code contentType} may be {@code null} (header not sent). */
    public Reply send(String method, String path, String rawQuery, String authorization, String contentType,
                      String body) {
        Map<String, String> headers = new HashMap<>();
        headers.put("x-forwarded-proto", "https");
        if (authorization != null) {
            headers.put("authorization", authorization);
        }
        return client.send(Events.event(method, path, rawQuery, headers, contentType, body));
    }

    public Reply create(TestProject project, String json) {
        return send("POST", COLLECTION, "", project.authorization(), "application/json", json);
    }

    public Reply list(TestProject project, String rawQuery) {
        return send("GET", COLLECTION, rawQuery, project.authorization(), null, null);
    }

    public Reply get(TestProject project, String id) {
        return send("GET", COLLECTION + "/" + id, "", project.authorization(), null, null);
    }

    public Reply update(TestProject project, String id, String json) {
        return send("PUT", COLLECTION + "/" + id, "", project.authorization(), "application/json", json);
    }

    public Reply delete(TestProject project, String id) {
        return send("DELETE", COLLECTION + "/" + id, "", project.authorization(), null, null);
    }
}
