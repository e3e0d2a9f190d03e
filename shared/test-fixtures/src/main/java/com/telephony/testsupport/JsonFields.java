package com.telephony.testsupport;

import io.micronaut.json.tree.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** Reading answers in assertions: keys in order, texts by path, and the CONFIG_IDs of a sip.get page. */
public final class JsonFields {
    private JsonFields() {
    }

    public static List<String> keys(JsonNode object) {
        List<String> keys = new ArrayList<>();
        object.entries().forEach(entry -> keys.add(entry.getKey()));
        return keys;
    }

    /** The {@code CONFIG_ID}s of a sip.get {@code result}, in answer order, as numbers. */
    public static List<Long> configIds(JsonNode rows) {
        List<Long> ids = new ArrayList<>();
        rows.values().forEach(row -> ids.add(Long.parseLong(row.get("CONFIG_ID").getStringValue())));
        return ids;
    }

    /** The text at this path of keys; {@code null} for JSON {@code null}. */
    public static String string(JsonNode node, String... path) {
        JsonNode current = node;
        for (String key : path) {
            current = current.get(key);
        }
        return current.isNull() ? null : current.getStringValue();
    }

    /** The texts of a JSON array, in order. */
    public static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.values().forEach(value -> values.add(value.getStringValue()));
        return values;
    }
}
