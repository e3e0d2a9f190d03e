package com.telephony.testsupport;

import io.micronaut.json.tree.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** Reading answers in assertions: keys in order, and the CONFIG_IDs of a sip.get page. */
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
}
