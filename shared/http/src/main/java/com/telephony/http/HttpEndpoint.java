package com.telephony.http;

/** What a Lambda handler (or the local API) hands every request to: one protocol edge. Never throws. */
public interface HttpEndpoint {
    HttpResponse handle(HttpRequest request);
}
