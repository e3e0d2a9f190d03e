package com.telephony.lambda;

/**
 * Writes one JSON object on one line, member by member, for log records. Hand-written because a record is a
 * dozen flat members: no tree, no factory, nothing for a cold start to load (docs/operations.md).
 */
final class JsonLine {
    private final StringBuilder out = new StringBuilder(512).append('{');
    private boolean first = true;

    JsonLine string(String name, String value) {
        name(name);
        if (value == null) {
            out.append("null");
        } else {
            quote(value);
        }
        return this;
    }

    JsonLine number(String name, long value) {
        name(name);
        out.append(value);
        return this;
    }

    /** A duration or similar, with three decimals. */
    JsonLine decimal(String name, double value) {
        name(name);
        out.append(Math.round(value * 1000) / 1000.0);
        return this;
    }

    JsonLine bool(String name, boolean value) {
        name(name);
        out.append(value);
        return this;
    }

    /** A member whose value is already JSON (a nested object or array written by another JsonLine). */
    JsonLine raw(String name, String json) {
        name(name);
        out.append(json);
        return this;
    }

    String end() {
        return out.append('}').toString();
    }

    private void name(String name) {
        if (!first) {
            out.append(',');
        }
        first = false;
        quote(name);
        out.append(':');
    }

    private void quote(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        out.append('\ufffd'); // an unpaired surrogate is not text; the line stays valid UTF-8
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** A JSON array of strings. */
    static String array(Iterable<String> values) {
        StringBuilder array = new StringBuilder("[");
        for (String value : values) {
            if (array.length() > 1) {
                array.append(',');
            }
            JsonLine quoted = new JsonLine();
            quoted.out.setLength(0);
            quoted.quote(value);
            array.append(quoted.out);
        }
        return array.append(']').toString();
    }
}
