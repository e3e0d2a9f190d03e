package com.telephony.bench.handwired;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.telephony.functions.sipadd.SipAddHandler;
import com.telephony.testsupport.EventFileCall;
import com.telephony.testsupport.EventFiles;
import com.telephony.testsupport.HandlerClient;
import com.telephony.testsupport.LogCapture;
import com.telephony.testsupport.Reply;
import com.telephony.testsupport.RequestLogs;
import com.telephony.testsupport.TestEnvironment;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The hand-wired handler answers sip-add's event file as the function does (status, headers, the body's keys in
 * order and each value's JSON type) and writes the same record line, so the benchmark compares the same work.
 */
class HandWiredSipAddHandlerTest {
    @Test
    void answersTheEventFileAsTheFunctionDoes() {
        TestEnvironment.get();
        EventFiles.provisionDevTenant();
        SipAddHandler function = new SipAddHandler();
        HandWiredSipAddHandler handWired = new HandWiredSipAddHandler();
        try {
            Answer expected = firstAnswer(function, "SIP line of the function");
            Answer actual = firstAnswer(handWired, "SIP line hand-wired");

            assertEquals(expected.reply().headers(), actual.reply().headers());
            assertEquals(shape(expected.reply().json()), shape(actual.reply().json()), actual.reply()::toString);
            assertEquals("SIP line hand-wired", actual.reply().result().get("TITLE").getStringValue());
            assertEquals(shape(expected.record()), shape(actual.record()));
            // not "function": with neither a Lambda context nor AWS_LAMBDA_FUNCTION_NAME naming it, it is the class name
            for (String field : List.of("operation", "portal", "status", "errorCode", "coldStart", "httpMethod")) {
                assertEquals(expected.record().get(field), actual.record().get(field), field);
            }
        } finally {
            function.close();
            handWired.close();
        }
    }

    private record Answer(Reply reply, JsonNode record) {
    }

    private static Answer firstAnswer(RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler,
                                      String title) {
        try (LogCapture log = LogCapture.start()) {
            Reply reply = EventFileCall.assertOk(new HandlerClient(handler), "sip-add", Map.of("SIP line 1", title),
                    "result", "time");
            List<JsonNode> records = RequestLogs.records(log.lines());
            assertEquals(1, records.size(), log::text);
            assertFalse(records.get(0).get("coldStart").isNull());
            return new Answer(reply, records.get(0));
        }
    }

    /** Keys in order and the JSON type of every value. */
    private static Object shape(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> fields = new LinkedHashMap<>();
            node.entries().forEach(entry -> fields.put(entry.getKey(), shape(entry.getValue())));
            return fields;
        }
        if (node.isArray()) {
            List<Object> items = new ArrayList<>();
            node.values().forEach(item -> items.add(shape(item)));
            return items;
        }
        return node.isString() ? "string" : node.isNumber() ? "number" : node.isBoolean() ? "boolean" : "null";
    }
}
