package com.telephony.bitrix.params;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a parameter tree from {@code name=value} pairs the way PHP fills {@code $_GET}/{@code $_POST}:
 * {@code a[b][]=1} appends, {@code a[b][0]=1} sets index 0, a later scalar replaces an earlier array.
 * Arrays are kept as ordered maps (PHP arrays); {@link Params} reads maps with keys 0..n-1 as lists.
 * PHP's limits apply: at most {@value #MAX_VARIABLES} variables and {@value #MAX_DEPTH} nesting levels,
 * anything beyond is dropped silently, as PHP does.
 */
final class PhpArrayBuilder {
    static final int MAX_VARIABLES = 1000;
    static final int MAX_DEPTH = 64;

    private final Map<String, Object> root = new LinkedHashMap<>();
    private int variables;

    Map<String, Object> result() {
        return root;
    }

    void put(String rawName, String value) {
        if (variables >= MAX_VARIABLES) {
            return;
        }
        List<String> path = parseName(rawName);
        if (path == null) {
            return;
        }
        variables++;
        Map<String, Object> node = root;
        for (int i = 0; i < path.size() - 1; i++) {
            String key = keyFor(node, path.get(i));
            Object child = node.get(key);
            if (!(child instanceof Map)) {
                child = new LinkedHashMap<String, Object>();
                node.put(key, child);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> next = (Map<String, Object>) child;
            node = next;
        }
        node.put(keyFor(node, path.get(path.size() - 1)), value);
    }

    /** {@code null} segment means "append" ({@code []}). */
    private static String keyFor(Map<String, Object> node, String segment) {
        if (segment != null) {
            return segment;
        }
        long next = 0;
        for (String key : node.keySet()) {
            Long index = integerKey(key);
            if (index != null && index >= next) {
                next = index + 1;
            }
        }
        return Long.toString(next);
    }

    static Long integerKey(String key) {
        if (key.isEmpty() || key.length() > 18) {
            return null;
        }
        if (key.equals("0")) {
            return 0L;
        }
        if (key.charAt(0) < '1' || key.charAt(0) > '9') {
            return null;
        }
        for (int i = 1; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
        }
        return Long.parseLong(key);
    }

    /**
     * Splits {@code base[a][][b]} into {@code [base, a, null, b]}; {@code null} when the name is unusable.
     * As in PHP, leading spaces are dropped, spaces and dots in the base name become underscores, an unclosed
     * bracket ends the bracket part, and text between bracket groups is ignored.
     */
    static List<String> parseName(String rawName) {
        String name = rawName.stripLeading();
        int open = name.indexOf('[');
        String base = open < 0 ? name : name.substring(0, open);
        if (base.isEmpty()) {
            return null;
        }
        List<String> path = new ArrayList<>();
        path.add(normaliseBase(base, open >= 0 && name.indexOf(']', open) < 0));
        if (open < 0) {
            return path;
        }
        int position = open;
        while (position < name.length() && name.charAt(position) == '[') {
            int close = name.indexOf(']', position + 1);
            if (close < 0) {
                if (path.size() == 1) {
                    // "a[b" has no valid bracket group: PHP keeps it as the plain name "a_b".
                    return List.of(normaliseBase(name, true));
                }
                break;
            }
            if (path.size() > MAX_DEPTH) {
                return null;
            }
            String segment = name.substring(position + 1, close);
            path.add(segment.isEmpty() ? null : segment);
            position = close + 1;
            if (position < name.length() && name.charAt(position) != '[') {
                break;
            }
        }
        return path;
    }

    private static String normaliseBase(String base, boolean unclosedBracket) {
        StringBuilder out = new StringBuilder(base.length());
        boolean firstBracketSeen = false;
        for (int i = 0; i < base.length(); i++) {
            char c = base.charAt(i);
            if (c == ' ' || c == '.') {
                out.append('_');
            } else if (c == '[' && unclosedBracket && !firstBracketSeen) {
                out.append('_');
                firstBracketSeen = true;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
