package com.telephony.http;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Request headers, looked up case-insensitively as HTTP requires. */
public final class Headers {
    private final Map<String, String> values;

    private Headers(Map<String, String> values) {
        this.values = values;
    }

    public static Headers of(Map<String, String> raw) {
        TreeMap<String, String> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (raw != null) {
            raw.forEach((name, value) -> {
                if (name != null && value != null) {
                    map.put(name, value);
                }
            });
        }
        return new Headers(map);
    }

    public Optional<String> first(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** The media type without parameters, lowercased: {@code "application/json; charset=utf-8"} → {@code "application/json"}. */
    public String mediaType() {
        String contentType = values.getOrDefault("content-type", "");
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    public Optional<String> contentTypeParameter(String parameter) {
        String contentType = values.getOrDefault("content-type", "");
        for (String part : contentType.split(";")) {
            String[] pair = part.trim().split("=", 2);
            if (pair.length == 2 && pair[0].trim().equalsIgnoreCase(parameter)) {
                String value = pair[1].trim();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    public Map<String, String> asMap() {
        return Map.copyOf(values);
    }
}
