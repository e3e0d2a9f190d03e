package com.telephony.bench.apiproxy;

import com.telephony.bitrix.BitrixRestEndpoint;
import com.telephony.bitrix.methods.SipAddMethod;
import com.telephony.http.Headers;
import com.telephony.http.HttpEndpoint;
import io.micronaut.context.BeanContext;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;

import java.util.HashMap;
import java.util.Map;

/**
 * sip.add the way the Micronaut guides build a Lambda API: a controller behind the stock
 * {@code APIGatewayV2HTTPEventFunction}, which routes each event through Micronaut's HTTP router and binds the
 * request. The work itself is our edge's, unchanged, so the difference to the real function is the framework's.
 */
@Controller("/rest")
public class StockSipAddController {
    private final HttpEndpoint endpoint;

    public StockSipAddController(BeanContext beans) {
        this.endpoint = BitrixRestEndpoint.serving(beans, SipAddMethod.class);
    }

    @Post(uris = {"/{userId}/{webhookCode}/voximplant.sip.add", "/{userId}/{webhookCode}/voximplant.sip.add.json"},
            consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<byte[]> add(HttpRequest<?> request, @Nullable @Body byte[] body) {
        Map<String, String> headers = new HashMap<>();
        request.getHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
        com.telephony.http.HttpResponse answer = endpoint.handle(new com.telephony.http.HttpRequest(
                request.getMethodName(), request.getPath(), request.getUri().getRawQuery(), Headers.of(headers), body));
        MutableHttpResponse<byte[]> response = HttpResponse.<byte[]>status(HttpStatus.valueOf(answer.status()))
                .body(answer.body());
        answer.headers().forEach(response::header);
        return response;
    }
}
