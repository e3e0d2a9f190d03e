package com.telephony.store.dynamodb;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reading and writing low-level attribute maps: keys, expression values and the items of every type. One set of
 * rules for the stored form: strings are S, numbers N, flags BOOL and string lists L of S; an absent value is no
 * attribute at all (never NULL), and reading an absent or NULL attribute gives {@code null}. Plain code on purpose:
 * no lambdas or streams, each of which would be a class spun on the first call of a function (docs/performance.md).
 */
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

    static void putString(Map<String, AttributeValue> item, String name, String value) {
        if (value != null) {
            item.put(name, s(value));
        }
    }

    /** Any integral number ({@code Long}, {@code Integer}), written in its decimal form. */
    static void putNumber(Map<String, AttributeValue> item, String name, Number value) {
        if (value != null) {
            item.put(name, AttributeValue.fromN(value.toString()));
        }
    }

    static void putFlag(Map<String, AttributeValue> item, String name, Boolean value) {
        if (value != null) {
            item.put(name, AttributeValue.fromBool(value));
        }
    }

    /** A list of strings (an L of S, in iteration order; an empty collection is an empty L, not omitted). */
    static void putStrings(Map<String, AttributeValue> item, String name, Collection<String> values) {
        if (values != null) {
            List<AttributeValue> list = new ArrayList<>(values.size());
            for (String value : values) {
                list.add(s(value));
            }
            item.put(name, AttributeValue.fromL(list));
        }
    }

    private static AttributeValue present(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || Boolean.TRUE.equals(value.nul()) ? null : value;
    }

    static String string(Map<String, AttributeValue> item, String name) {
        AttributeValue value = present(item, name);
        return value == null ? null : value.s();
    }

    static Long number(Map<String, AttributeValue> item, String name) {
        AttributeValue value = present(item, name);
        return value == null ? null : Long.valueOf(value.n());
    }

    static Integer integer(Map<String, AttributeValue> item, String name) {
        AttributeValue value = present(item, name);
        return value == null ? null : Integer.valueOf(value.n());
    }

    static Boolean flag(Map<String, AttributeValue> item, String name) {
        AttributeValue value = present(item, name);
        return value == null ? null : value.bool();
    }

    static List<String> strings(Map<String, AttributeValue> item, String name) {
        AttributeValue value = present(item, name);
        if (value == null) {
            return null;
        }
        List<AttributeValue> list = value.l();
        List<String> strings = new ArrayList<>(list.size());
        for (AttributeValue element : list) {
            strings.add(element.s());
        }
        return strings;
    }

    /** A GetItem's or a response's item: {@code null} when DynamoDB returned none (absent or empty). */
    static Map<String, AttributeValue> found(Map<String, AttributeValue> item) {
        return item == null || item.isEmpty() ? null : item;
    }
}
