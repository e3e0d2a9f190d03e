package com.telephony.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholders a scenario's values may use: {@code {n}} (a number unique to the invocation across the whole
 * benchmark, so titles, numbers and user names never collide in the one table), {@code {uuid}}, and every value a
 * set-up step captured, by its name.
 */
final class Vars {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");

    private final long n;
    private final Map<String, String> captured;

    Vars(long n, Map<String, String> captured) {
        this.n = n;
        this.captured = Map.copyOf(captured);
    }

    Map<String, String> captured() {
        return captured;
    }

    Vars with(Map<String, String> more) {
        Map<String, String> all = new HashMap<>(captured);
        all.putAll(more);
        return new Vars(n, all);
    }

    String expand(String template) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = switch (name) {
                case "n" -> Long.toString(n);
                case "uuid" -> UUID.randomUUID().toString();
                default -> {
                    String found = captured.get(name);
                    if (found == null) {
                        throw new IllegalArgumentException("no value for {" + name + "} in \"" + template
                                + "\": no set-up step captured it");
                    }
                    yield found;
                }
            };
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
