package com.telephony.bench.probe;

import java.util.List;

/** The probe's one output line. Hand-written: the probe must load nothing the function would not. */
final class ResultJson {
    private final StringBuilder out = new StringBuilder("{");

    ResultJson number(String name, long value) {
        key(name).out.append(value);
        return this;
    }

    ResultJson bool(String name, boolean value) {
        key(name).out.append(value);
        return this;
    }

    ResultJson string(String name, String value) {
        key(name);
        if (value == null) {
            out.append("null");
            return this;
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
        return this;
    }

    ResultJson numbers(String name, List<Long> values) {
        key(name).out.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(values.get(i));
        }
        out.append(']');
        return this;
    }

    String end() {
        return out.append('}').toString();
    }

    private ResultJson key(String name) {
        if (out.length() > 1) {
            out.append(',');
        }
        out.append('"').append(name).append("\":");
        return this;
    }
}
