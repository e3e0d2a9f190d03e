package com.telephony.functions.sipadd;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.telephony.bitrix.BitrixRestEndpoint;
import com.telephony.bitrix.methods.SipAddMethod;
import com.telephony.http.HttpEndpoint;
import com.telephony.http.HttpRequest;
import com.telephony.http.HttpResponse;
import com.telephony.http.Json;
import com.telephony.http.RequestFacts;
import com.telephony.lambda.ApiGatewayHandler;
import com.telephony.testsupport.fuzz.Fuzz;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The test of the fuzz test: it must fail on the decoder bug issue 14 found (a JSON number beyond double made
 * {@code BigDecimal.valueOf(Infinity)} throw, answered 500), and on a handler that throws.
 */
class FuzzCatchesBrokenDecodersTest {
    /** sip.add whose parameter decoding has the old number bug in front of the real edge. */
    static final class OldNumberBugHandler extends ApiGatewayHandler {
        OldNumberBugHandler() {
            super(beans -> new OldNumberDecoding(BitrixRestEndpoint.serving(beans, SipAddMethod.class),
                    beans.getBean(Json.class)));
        }
    }

    /** Reads every JSON number as the decoder did before the fix, then lets the real edge answer. */
    record OldNumberDecoding(HttpEndpoint edge, Json json) implements HttpEndpoint {
        @Override
        public HttpResponse handle(HttpRequest request) {
            return handle(request, new RequestFacts());
        }

        @Override
        public HttpResponse handle(HttpRequest request, RequestFacts facts) {
            if (request.headers().mediaType().equals("application/json")) {
                json.parse(request.body()).ifPresent(OldNumberDecoding::oldNumberText);
            }
            return edge.handle(request, facts);
        }

        private static void oldNumberText(JsonNode node) {
            if (node.isNumber() && node.getNumberValue() instanceof Double number) {
                BigDecimal.valueOf(number).stripTrailingZeros().toPlainString(); // throws for ±Infinity
            }
            node.values().forEach(OldNumberDecoding::oldNumberText);
        }
    }

    @Test
    void failsOnTheOldNumberBug() {
        AssertionError failure = assertThrows(AssertionError.class,
                () -> Fuzz.bitrix(OldNumberBugHandler::new, "OldNumberBug", "voximplant.sip.add"));
        assertTrue(failure.getMessage().contains("status 500"), failure::getMessage);
        assertTrue(failure.getMessage().contains("seed"), "names the seed to reproduce: " + failure.getMessage());
    }

    @Test
    void failsWhenTheHandlerThrows() {
        try (SipAddHandler real = new SipAddHandler()) {
            AssertionError failure = assertThrows(AssertionError.class, () -> Fuzz.bitrix((event, context) -> {
                if (event.getBody() != null && event.getBody().contains("1e309")) {
                    throw new NumberFormatException("Infinite or NaN");
                }
                return real.handleRequest(event, context);
            }, "ThrowingSipAdd", "voximplant.sip.add"));
            assertTrue(failure.getMessage().contains("the handler threw"), failure::getMessage);
        }
    }

    @Test
    void failsOnAStackTraceInAnAnswer() {
        try (SipAddHandler real = new SipAddHandler()) {
            AssertionError failure = assertThrows(AssertionError.class, () -> Fuzz.bitrix((event, context) -> {
                APIGatewayV2HTTPResponse response = real.handleRequest(event, context);
                if (response.getStatusCode() == 404) {
                    response.setBody("{\"error\":\"ERROR_METHOD_NOT_FOUND\",\"error_description\":"
                            + "\"java.lang.IllegalStateException at com.telephony.bitrix.BitrixRoute\"}");
                }
                return response;
            }, "LeakingSipAdd", "voximplant.sip.add"));
            assertTrue(failure.getMessage().contains("implementation detail leaked"), failure::getMessage);
        }
    }

}
