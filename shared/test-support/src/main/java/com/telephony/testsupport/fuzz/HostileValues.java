package com.telephony.testsupport.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * The pieces hostile requests are made of: JSON scalars and texts a client should never send but might, chosen by
 * a seeded {@link Random} so a failure is reproduced by its seed. No piece spells a Java exception or package name,
 * so an answer that echoes input can never be mistaken for a leaked stack trace.
 */
final class HostileValues {
    /** JSON number literals, written as sent: beyond double, beyond long, negative zero, tiny, precise. */
    static final List<String> NUMBERS = List.of("1e309", "-1e999", "1E400", "1e-999", "-0", "-0.0", "0", "1", "2", "3",
            "5.0", "0.1", "123456789012345678901234567890", "-9223372036854775809", "9223372036854775807",
            "0.1000000000000000055511151231257827", "1.7976931348623157e308", "4.9e-324", "150001", "-1", "1e15",
            "12345678901234567890.5e-3");

    /** A SIP password the fuzzer sends among its texts; the function's output must never contain it. */
    static final String SIP_PASSWORD = "Fz-SipPass-93c1e7";

    /** Texts that break naive decoders, escapers, length checks and key builders. */
    static final List<String> TEXTS = List.of("", " ", "  padded  ", "cloud", "office", "CLOUD", "sip.provider.com",
            "http://sip.provider.com", "https://", "user", SIP_PASSWORD, SIP_PASSWORD, "front-desk", "Y", "N", "ASC", "DESC", "ID",
            "CONFIG_ID", "INF", "NAN", "-INF", "1", "0", "-1", "99999999999999999999", "1e309", "0x10", "+5", " 7",
            "é", "Zoë", "日本語", "😀", "\u0000", "\u0001\u001f", "\r\n", "\t", "\\", "\"", "'", "<b>&amp;</b>",
            "]]>", "${jndi:x}", "%s%n", "%zz", "%", "%00", "../../etc/passwd", "..", "/", "#", "?", "&", "=",
            "a[b]", "[]", "[", "]", "\u202eevil", "\ufeffbom", "\uffff", "\ud83d\ude00", "x".repeat(101),
            "y".repeat(256), "z".repeat(5000), "+15550100", "0b6f3c2e-41a8-4c57-9a0d-5a6f1d2c3b4e",
            "00000000-0000-0000-0000-000000000000", "resource", "laml_webhooks", "default", "encrypted",
            "optional", "PCMU", "AEAD_AES_256_GCM_8", "diversion;to");

    /** JSON string bodies with escapes a lenient parser might let through: unpaired surrogates among them. */
    static final List<String> JSON_STRING_LITERALS = List.of("\"\\ud800\"", "\"a\\udc00b\"", "\"\\ud83d\"",
            "\"\\ud83d\\ude00\"", "\"\\u0000\"", "\"\\/\"", "\"\\x41\"", "\"\\uZZZZ\"", "\"tab\there\"");

    private final Random random;

    HostileValues(Random random) {
        this.random = random;
    }

    Random random() {
        return random;
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    /** A text: mostly from the list, sometimes random code points (any plane, lone surrogates included). */
    String text() {
        if (chance(0.15)) {
            return randomCodePoints(between(0, 40));
        }
        return pick(TEXTS);
    }

    String randomCodePoints(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(6)) {
                case 0 -> text.append((char) random.nextInt(0x80));
                case 1 -> text.append((char) (0xD800 + random.nextInt(0x800)));
                case 2 -> text.appendCodePoint(0x80 + random.nextInt(0x10FFFF - 0x80));
                default -> text.append((char) ('a' + random.nextInt(26)));
            }
        }
        return text.toString();
    }

    /** A JSON scalar literal. */
    String jsonScalar() {
        return switch (random.nextInt(7)) {
            case 0, 1 -> pick(NUMBERS);
            case 2 -> pick(List.of("true", "false", "null"));
            case 3 -> pick(JSON_STRING_LITERALS);
            default -> jsonString(text());
        };
    }

    /** Any JSON value: scalars, arrays and objects, nested up to {@code depth} more levels. */
    String jsonValue(List<String> keys, int depth) {
        if (depth <= 0 || chance(0.65)) {
            return jsonScalar();
        }
        if (chance(0.5)) {
            StringBuilder array = new StringBuilder("[");
            int size = between(0, 4);
            for (int i = 0; i < size; i++) {
                array.append(i == 0 ? "" : ",").append(jsonValue(keys, depth - 1));
            }
            return array.append(']').toString();
        }
        return jsonObject(keys, between(0, 4), depth - 1);
    }

    /** An object with keys from {@code keys} in any case, duplicates allowed, and some strangers. */
    String jsonObject(List<String> keys, int size, int depth) {
        StringBuilder object = new StringBuilder("{");
        for (int i = 0; i < size; i++) {
            object.append(i == 0 ? "" : ",").append(jsonString(key(keys))).append(':').append(jsonValue(keys, depth));
        }
        return object.append('}').toString();
    }

    /** A parameter name: a known one, its other case, with brackets, or a stranger. */
    String key(List<String> keys) {
        String key = pick(keys);
        return switch (random.nextInt(10)) {
            case 0 -> key.toLowerCase(java.util.Locale.ROOT);
            case 1 -> key.toUpperCase(java.util.Locale.ROOT);
            case 2 -> key + "[]";
            case 3 -> key + pick(List.of("[", "]", "[[x]", "[a][", "[0][1][2]", " ", "."));
            case 4 -> text();
            default -> key;
        };
    }

    static String jsonString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || Character.isSurrogate(c) && !pairedAt(text, i)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static boolean pairedAt(String text, int i) {
        char c = text.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }

    /** Percent-encodes text as UTF-8, sometimes leaving bytes raw or breaking an escape. */
    String urlEncoded(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int unsigned = b & 0xFF;
            if (unsigned >= 'a' && unsigned <= 'z' || unsigned >= 'A' && unsigned <= 'Z'
                    || unsigned >= '0' && unsigned <= '9' || unsigned == '[' || unsigned == ']') {
                out.append((char) unsigned);
            } else {
                out.append('%').append(String.format("%02X", unsigned));
            }
        }
        if (chance(0.1)) {
            out.append(pick(List.of("%", "%z", "%zz", "%e2%82(", "+", "%C0%AE", "%ED%A0%80", "%FF")));
        }
        return out.toString();
    }
}
