package com.telephony.store.dynamodb;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.HashMap;
import java.util.Map;

/** Small builders for low-level attribute maps (keys, expression values). */
final class Attributes {
    private Attributes() {
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    static Map<String, AttributeValue> key(String pk, String sk) {
        Map<String, AttributeValue> key = new HashMap<>();
        key.put(TableLayout.PARTITION_KEY, s(pk));
        key.put(TableLayout.SORT_KEY, s(sk));
        return key;
    }

    /** A key plus more attributes, for guard and pointer items. */
    static Map<String, AttributeValue> item(String pk, String sk, Map<String, AttributeValue> attributes) {
        Map<String, AttributeValue> item = key(pk, sk);
        item.putAll(attributes);
        return item;
    }
}
