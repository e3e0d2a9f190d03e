package com.telephony.bitrix.params;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A method's parameters after decoding, with the auth parameters and {@code start} already taken out.
 * Values are strings, lists (JSON arrays) or ordered maps (JSON objects and PHP arrays).
 */
public final class Params {
    private final Map<String, Object> values;
    private final int start;

    public Params(Map<String, Object> values, int start) {
        this.values = values;
        this.start = start;
    }

    /** The same parameters with top-level keys uppercased, as {@code voximplant.sip.*} reads them. */
    public Params withUpperCaseKeys() {
        return new Params(upperCaseKeys(values), start);
    }

    public static Map<String, Object> upperCaseKeys(Map<String, Object> map) {
        Map<String, Object> upper = new LinkedHashMap<>();
        map.forEach((key, value) -> upper.put(key.toUpperCase(Locale.ROOT), value));
        return upper;
    }

    /** The list offset ({@code start}, PHP {@code intval}, 0 when absent). */
    public int start() {
        return start;
    }

    public boolean has(String key) {
        return values.get(key) != null;
    }

    public Object raw(String key) {
        return values.get(key);
    }

    /**
     * A scalar parameter. Absent or JSON {@code null} → empty; an array or object where text is expected counts as
     * the empty string, so the method's own "not specified" rule answers instead of a server error.
     */
    public Optional<String> string(String key) {
        Object value = values.get(key);
        if (value == null) {
            return Optional.empty();
        }
        return Optional.of(value instanceof String text ? text : "");
    }

    /** An object parameter such as FILTER; empty when absent or not an object. */
    public Map<String, Object> map(String key) {
        Object value = values.get(key);
        if (value instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> typed = (Map<String, Object>) map;
            return typed;
        }
        return Map.of();
    }

    /** Whether a parameter value is an array (JSON array, JSON object or PHP array). */
    public static boolean isArray(Object value) {
        return value instanceof Map || value instanceof List;
    }

    /** The elements of an array value in order; a scalar is a one-element list. */
    public static List<Object> elements(Object value) {
        if (value instanceof List<?> list) {
            return new ArrayList<>(list);
        }
        if (value instanceof Map<?, ?> map) {
            return new ArrayList<>((Collection<?>) map.values());
        }
        return value == null ? List.of() : List.of(value);
    }

    /** PHP {@code intval}: leading whitespace and sign, then digits; anything else is 0. Arrays: 1 if non-empty. */
    public static long intval(Object value) {
        if (value == null) {
            return 0;
        }
        if (isArray(value)) {
            return elements(value).isEmpty() ? 0 : 1;
        }
        String text = value.toString().stripLeading();
        int i = 0;
        boolean negative = false;
        if (i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        long result = 0;
        while (i < text.length() && Character.isDigit(text.charAt(i)) && text.charAt(i) < 128) {
            int digit = text.charAt(i) - '0';
            if (result > (Long.MAX_VALUE - digit) / 10) {
                return negative ? Long.MIN_VALUE : Long.MAX_VALUE;
            }
            result = result * 10 + digit;
            i++;
        }
        return negative ? -result : result;
    }
}
