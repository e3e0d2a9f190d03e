package com.telephony.bench;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a scenario turns an event file into one invocation's event: literal text replacements on the whole file
 * ({@code replace}, e.g. an id in the path), then fields set in the body ({@code body}: a JSON or form body) and in
 * the query string ({@code query}). Values may hold {@link Vars} placeholders.
 */
record Edits(Map<String, String> replace, Map<String, String> body, Map<String, String> query) {
    static final Edits NONE = new Edits(Map.of(), Map.of(), Map.of());

    Edits {
        replace = Map.copyOf(replace);
        body = Map.copyOf(body);
        query = Map.copyOf(query);
    }

    @SuppressWarnings("unchecked")
    static Edits from(Map<String, Object> definition) {
        return new Edits(
                (Map<String, String>) definition.getOrDefault("replace", Map.of()),
                (Map<String, String>) definition.getOrDefault("body", Map.of()),
                (Map<String, String>) definition.getOrDefault("query", Map.of()));
    }

    /** The edited event, as one line of compact JSON. */
    String apply(String eventText, Vars vars) {
        String text = eventText;
        for (Map.Entry<String, String> entry : replace.entrySet()) {
            text = text.replace(entry.getKey(), vars.expand(entry.getValue()));
        }
        Map<String, Object> event = JsonIo.readObject(text);
        if (!body.isEmpty()) {
            setBody(event, expandAll(body, vars));
        }
        if (!query.isEmpty()) {
            event.put("rawQueryString", withFields(str(event.get("rawQueryString")), expandAll(query, vars)));
            event.remove("queryStringParameters"); // rebuilt by nobody: payload 2.0 handlers read rawQueryString
        }
        return JsonIo.write(event);
    }

    @SuppressWarnings("unchecked")
    private static void setBody(Map<String, Object> event, Map<String, String> fields) {
        String body = str(event.get("body"));
        boolean base64 = Boolean.TRUE.equals(event.get("isBase64Encoded"));
        if (base64) {
            body = new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
        }
        Map<String, Object> headers = (Map<String, Object>) event.getOrDefault("headers", Map.of());
        String contentType = headers.entrySet().stream()
                .filter(h -> h.getKey().equalsIgnoreCase("content-type"))
                .map(h -> str(h.getValue())).findFirst().orElse("");
        String edited;
        if (contentType.startsWith("application/json") || body.trim().startsWith("{")) {
            Map<String, Object> json = body.isBlank() ? new LinkedHashMap<>() : JsonIo.readObject(body);
            json.putAll(fields);
            edited = JsonIo.write(json);
        } else {
            edited = withFields(body, fields);
        }
        event.put("body", base64 ? Base64.getEncoder().encodeToString(edited.getBytes(StandardCharsets.UTF_8)) : edited);
    }

    /** Sets fields in a form-encoded string, keeping the order of the others; new ones go last. */
    static String withFields(String form, Map<String, String> fields) {
        Map<String, String> pairs = new LinkedHashMap<>();
        if (!form.isEmpty()) {
            for (String pair : form.split("&")) {
                int equals = pair.indexOf('=');
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                pairs.put(name, equals < 0 ? null : pair.substring(equals + 1));
            }
        }
        fields.forEach((name, value) -> pairs.put(name, URLEncoder.encode(value, StandardCharsets.UTF_8)));
        StringBuilder out = new StringBuilder();
        pairs.forEach((name, value) -> {
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(URLEncoder.encode(name, StandardCharsets.UTF_8).replace("%5B", "[").replace("%5D", "]"));
            if (value != null) {
                out.append('=').append(value);
            }
        });
        return out.toString();
    }

    private static Map<String, String> expandAll(Map<String, String> values, Vars vars) {
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach((name, template) -> out.put(name, vars.expand(template)));
        return out;
    }

    private static String str(Object value) {
        return value == null ? "" : value.toString();
    }
}
