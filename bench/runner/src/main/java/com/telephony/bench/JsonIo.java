package com.telephony.bench;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** JSON as plain maps, lists, strings, numbers and booleans (Micronaut Serde, as everywhere in the repository). */
final class JsonIo {
    private static final JsonMapper MAPPER = JsonMapper.createDefault();

    private JsonIo() {
    }

    static Object read(String text) {
        try {
            return MAPPER.readValue(text.getBytes(StandardCharsets.UTF_8), Argument.OBJECT_ARGUMENT);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON: " + abbreviate(text), e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> readObject(String text) {
        if (read(text) instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new IllegalArgumentException("not a JSON object: " + abbreviate(text));
    }

    /** Compact, one line: the probe reads one event per line. */
    static String write(Object value) {
        try {
            return new String(MAPPER.writeValueAsBytes(value), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value at a JSON pointer ({@code /result/ID}), or null. */
    static Object at(Object document, String pointer) {
        Object current = document;
        for (String token : pointer.substring(1).split("/")) {
            if (current instanceof Map<?, ?> map) {
                current = map.get(token);
            } else if (current instanceof List<?> list && token.chars().allMatch(Character::isDigit)
                    && Integer.parseInt(token) < list.size()) {
                current = list.get(Integer.parseInt(token));
            } else {
                return null;
            }
        }
        return current;
    }

    static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }
}
