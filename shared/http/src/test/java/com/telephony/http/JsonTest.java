package com.telephony.http;

import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonTest {
    private final Json json = new Json();

    private Optional<JsonNode> parse(String text) {
        return json.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    private String write(JsonNode tree) {
        return new String(json.write(tree), StandardCharsets.UTF_8);
    }

    @Test
    void objectsKeepTheirKeyOrderAndValueTypes() {
        JsonNode tree = parse("{\"b\":\"1\",\"a\":1,\"c\":[true,null,2.5],\"d\":{}}").orElseThrow();
        assertEquals(List.of("b", "a", "c", "d"), names(tree));
        assertTrue(tree.get("b").isString());
        assertEquals(1, tree.get("a").getNumberValue());
        assertTrue(tree.get("c").get(0).getBooleanValue());
        assertTrue(tree.get("c").get(1).isNull());
        assertEquals(2.5, tree.get("c").get(2).getNumberValue());
        assertTrue(tree.get("d").isObject());
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new java.util.ArrayList<>();
        object.entries().forEach(entry -> names.add(entry.getKey()));
        return names;
    }

    @Test
    void numbersKeepTheirRange() {
        assertEquals(12345678901L, parse("12345678901").orElseThrow().getNumberValue());
        assertEquals(new BigInteger("123456789012345678901234567890"),
                parse("123456789012345678901234567890").orElseThrow().getNumberValue());
        assertEquals(Double.POSITIVE_INFINITY, parse("1e400").orElseThrow().getNumberValue());
        assertEquals("{\"a\":2}", write(parse("{\"a\":1,\"a\":2}").orElseThrow()), "the last duplicate wins");
    }

    @Test
    void anythingButExactlyOneDocumentIsNoDocument() {
        for (String text : List.of("", "  ", "null", "nul", "{'a':1}", "{\"a\":1,}", "{\"a\":1} x", "{\"a\":1}{\"b\":2}",
                "[".repeat(2000) + "]".repeat(2000), "1" + "0".repeat(2000))) {
            assertEquals(Optional.empty(), parse(text), text.length() > 30 ? text.substring(0, 30) : text);
        }
        assertEquals("str", parse(" \"str\" ").orElseThrow().getStringValue());
    }

    @Test
    void writesTreesCompactlyAndExactly() {
        Map<String, JsonNode> time = new LinkedHashMap<>();
        time.put("finish", JsonNode.createNumberNode(new BigDecimal("1763856000.123456")));
        time.put("operating", JsonNode.createNumberNode(new BigDecimal("0.000000")));
        time.put("start", JsonNode.createNumberNode(1763856000L));
        Map<String, JsonNode> root = new LinkedHashMap<>();
        root.put("result", JsonNode.createStringNode("Zoë \"quoted\" \\ \u0001"));
        root.put("list", JsonNode.createArrayNode(List.of(JsonNode.createNumberNode(1), JsonNode.nullNode())));
        root.put("time", JsonNode.createObjectNode(time));
        assertEquals("{\"result\":\"Zoë \\\"quoted\\\" \\\\ \\u0001\",\"list\":[1,null],"
                        + "\"time\":{\"finish\":1763856000.123456,\"operating\":0.000000,\"start\":1763856000}}",
                write(JsonNode.createObjectNode(root)));
    }

    @Test
    void whatIsWrittenReadsBackTheSame() {
        String text = "{\"ID\":\"7\",\"REG_ID\":150001,\"AUTH_USER\":null,\"nested\":[{\"x\":[]},-0.5,false]}";
        assertEquals(text, write(parse(text).orElseThrow()));
    }

    @Test
    void invalidUtf8IsNoDocument() {
        byte[] invalidUtf8 = {'"', (byte) 0xE2, (byte) 0x82, '(', '"'};
        assertEquals(Optional.empty(), json.parse(invalidUtf8));
        assertEquals("\ud83d\ude00", parse("\"\\ud83d\\ude00\"").orElseThrow().getStringValue(), "a pair is fine");
    }
}
