package com.telephony.http;

/**
 * A protocol-neutral HTTP request, as both edges see it whether it came from API Gateway or a test.
 *
 * @param path     the path without the query string, percent-encoding preserved
 * @param rawQuery the query string without {@code ?}, percent-encoding preserved ({@code ""} if none)
 */
public record HttpRequest(String method, String path, String rawQuery, Headers headers, byte[] body) {
    public HttpRequest {
        rawQuery = rawQuery == null ? "" : rawQuery;
        body = body == null ? new byte[0] : body;
    }
}
