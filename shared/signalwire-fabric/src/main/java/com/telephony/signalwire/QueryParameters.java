package com.telephony.signalwire;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** A query string as a Rails server reads flat parameters: {@code +} is a space, a repeated name keeps its last value. */
final class QueryParameters {
    private QueryParameters() {
    }

    static Map<String, String> parse(String rawQuery) {
        Map<String, String> parameters = new HashMap<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (name != null && value != null && !name.isEmpty()) {
                parameters.put(name, value);
            }
        }
        return parameters;
    }

    /** {@code null} for malformed percent-encoding: such a parameter is ignored like any unknown one. */
    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}
