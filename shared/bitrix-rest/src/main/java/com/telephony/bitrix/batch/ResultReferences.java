package com.telephony.bitrix.batch;

import io.micronaut.json.tree.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code $result[key][field]...} references in batch parameters, resolved from the answers of earlier commands
 * (docs/batch.md): a value that is exactly one reference becomes the referenced value itself (it may be an array);
 * a reference inside longer text is replaced by the value's text. A path step that does not exist stops the walk at
 * the deepest node found, as Bitrix24 does. {@code $result_total}, {@code $result_next} and {@code $result_error}
 * read the other maps of the answer.
 */
final class ResultReferences {
    private static final Pattern REFERENCE =
            Pattern.compile("\\$(result_error|result_total|result_next|result)((?:\\[[^\\]\\[]*\\])+)");
    private static final Pattern STEP = Pattern.compile("\\[([^\\]\\[]*)\\]");

    private final Map<String, Map<String, JsonNode>> roots;

    ResultReferences(Map<String, JsonNode> result, Map<String, JsonNode> errors, Map<String, JsonNode> totals,
                     Map<String, JsonNode> nexts) {
        this.roots = Map.of("result", result, "result_error", errors, "result_total", totals, "result_next", nexts);
    }

    /** The parameters with every reference resolved; the input is not changed. */
    Map<String, Object> resolve(Map<String, Object> params) {
        Map<String, Object> resolved = new LinkedHashMap<>();
        params.forEach((key, value) -> resolved.put(key, resolveValue(value)));
        return resolved;
    }

    private Object resolveValue(Object value) {
        if (value instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> typed = (Map<String, Object>) map;
            return resolve(typed);
        }
        if (value instanceof List<?> list) {
            List<Object> resolved = new ArrayList<>(list.size());
            list.forEach(element -> resolved.add(resolveValue(element)));
            return resolved;
        }
        if (!(value instanceof String text) || !text.contains("$result")) {
            return value;
        }
        Matcher whole = REFERENCE.matcher(text);
        if (whole.matches()) {
            JsonNode found = lookup(whole.group(1), whole.group(2));
            return found == null ? text : toParam(found);
        }
        Matcher inside = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (inside.find()) {
            JsonNode found = lookup(inside.group(1), inside.group(2));
            inside.appendReplacement(out, Matcher.quoteReplacement(found == null ? inside.group() : text(found)));
        }
        inside.appendTail(out);
        return out.toString();
    }

    private JsonNode lookup(String root, String path) {
        Matcher steps = STEP.matcher(path);
        if (!steps.find()) {
            return null;
        }
        JsonNode node = roots.get(root).get(steps.group(1));
        if (node == null) {
            return null;
        }
        while (steps.find()) {
            JsonNode next = child(node, steps.group(1));
            if (next == null) {
                break;
            }
            node = next;
        }
        return node;
    }

    private static JsonNode child(JsonNode node, String step) {
        if (node.isObject()) {
            return node.get(step);
        }
        if (node.isArray()) {
            try {
                int index = Integer.parseInt(step);
                return index >= 0 && index < node.size() ? node.get(index) : null;
            } catch (NumberFormatException notAnIndex) {
                return null;
            }
        }
        return null;
    }

    /** A JSON answer value as a request parameter: PHP strings, lists and ordered maps. */
    static Object toParam(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> entry : node.entries()) {
                map.put(entry.getKey(), toParam(entry.getValue()));
            }
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            for (JsonNode element : node.values()) {
                list.add(toParam(element));
            }
            return list;
        }
        return node.isNull() ? null : text(node);
    }

    /** PHP's string form of a scalar: true "1", false "", null "", numbers without trailing zeros. */
    private static String text(JsonNode node) {
        if (node.isString()) {
            return node.getStringValue();
        }
        if (node.isBoolean()) {
            return node.getBooleanValue() ? "1" : "";
        }
        if (node.isNumber()) {
            Number number = node.getNumberValue();
            if (number instanceof Double || number instanceof Float || number instanceof BigDecimal) {
                BigDecimal decimal = number instanceof BigDecimal big ? big : BigDecimal.valueOf(number.doubleValue());
                return decimal.stripTrailingZeros().toPlainString();
            }
            return number.toString();
        }
        return node.isNull() ? "" : "Array";
    }
}
