package com.telephony.http;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A protocol-neutral HTTP response. Bodies are UTF-8 text (JSON or XML) or empty. */
public record HttpResponse(int status, Map<String, String> headers, byte[] body) {
    public HttpResponse {
        headers = Map.copyOf(headers);
        body = body == null ? new byte[0] : body;
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
