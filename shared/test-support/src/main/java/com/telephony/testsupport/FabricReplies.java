package com.telephony.testsupport;

import com.telephony.testsupport.SignalWireContract.Operation;
import io.micronaut.json.tree.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Assertions on Fabric answers; each one also checks the answer against the OpenAPI contract. */
public final class FabricReplies {
    /** One item of a 422 body. */
    public record Item(String code, String attribute, String message) {
    }

    private FabricReplies() {
    }

    /** {@code {"error": <phrase>}} and nothing else. */
    public static void assertError(Operation operation, Reply reply, int status, String phrase) {
        assertEquals(status, reply.status(), reply::toString);
        assertEquals("{\"error\":\"" + phrase + "\"}", reply.text());
        SignalWireContract.assertConforms(operation, reply);
    }

    /** A 422 with exactly one item, of this code and attribute; returns its message. */
    public static String assertInvalid(Operation operation, Reply reply, String code, String attribute) {
        List<Item> items = assertInvalid(operation, reply);
        assertEquals(1, items.size(), reply::toString);
        assertEquals(code, items.get(0).code(), reply::toString);
        assertEquals(attribute, items.get(0).attribute(), reply::toString);
        return items.get(0).message();
    }

    /** A conforming 422; its items in order. */
    public static List<Item> assertInvalid(Operation operation, Reply reply) {
        assertEquals(422, reply.status(), reply::toString);
        SignalWireContract.assertConforms(operation, reply);
        List<Item> items = new ArrayList<>();
        for (JsonNode item : reply.json().get("errors").values()) {
            assertEquals("validation_error", item.get("type").getStringValue());
            assertEquals("https://signalwire.com/docs/apis/error-codes", item.get("url").getStringValue());
            items.add(new Item(item.get("code").getStringValue(),
                    item.get("attribute").isNull() ? null : item.get("attribute").getStringValue(),
                    item.get("message").getStringValue()));
        }
        return items;
    }

    /** A conforming 200 with a resource body. */
    public static JsonNode assertResource(Operation operation, Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        SignalWireContract.assertConforms(operation, reply);
        return reply.json();
    }
}
