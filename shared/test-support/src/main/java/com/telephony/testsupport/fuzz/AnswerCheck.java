package com.telephony.testsupport.fuzz;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What every answer to any request must be: not a 5xx, no trace of the implementation (exception or class names,
 * stack frames), and an error in the protocol's own shape: Bitrix24's {@code {error, error_description}} (as XML
 * for {@code .xml} calls), SignalWire's {@code {"error": ...}} or {@code {"errors": [...]}}.
 */
final class AnswerCheck {
    private static final JsonMapper JSON = JsonMapper.createDefault();
    /** Marks of a leaked implementation detail; no generated input contains one (HostileValues). */
    private static final Pattern LEAK = Pattern.compile(
            "Exception|Throwable|\\tat |\\.java:\\d|java\\.|javax\\.|com\\.telephony|software\\.amazon|io\\.micronaut");

    private AnswerCheck() {
    }

    /** Empty if the answer is acceptable, else what is wrong with it. */
    static Optional<String> bitrix(int status, Map<String, String> headers, String body, boolean xml) {
        Optional<String> common = common(status, body);
        if (common.isPresent() || body.isEmpty() && status == 200) {
            return common; // an OPTIONS preflight answers 200 with no body
        }
        if (xml && contentType(headers).contains("xml")) {
            return xmlError(status, body);
        }
        if (!contentType(headers).startsWith("application/json")) {
            return Optional.of("content type is not JSON: " + contentType(headers));
        }
        JsonNode tree;
        try {
            tree = JSON.readValue(body.getBytes(StandardCharsets.UTF_8), JsonNode.class);
        } catch (IOException | RuntimeException e) {
            return Optional.of("body is not JSON");
        }
        if (!tree.isObject()) {
            return Optional.of("body is not a JSON object");
        }
        if (status >= 400) {
            return isText(tree.get("error")) && isText(tree.get("error_description")) ? Optional.empty()
                    : Optional.of("error without {error, error_description}");
        }
        return tree.get("result") != null ? Optional.empty() : Optional.of("success without result");
    }

    static Optional<String> fabric(int status, Map<String, String> headers, String body) {
        Optional<String> common = common(status, body);
        if (common.isPresent()) {
            return common;
        }
        if (body.isEmpty()) {
            return status == 204 ? Optional.empty() : Optional.of("empty body with status " + status);
        }
        if (!contentType(headers).startsWith("application/json")) {
            return Optional.of("content type is not JSON: " + contentType(headers));
        }
        JsonNode tree;
        try {
            tree = JSON.readValue(body.getBytes(StandardCharsets.UTF_8), JsonNode.class);
        } catch (IOException | RuntimeException e) {
            return Optional.of("body is not JSON");
        }
        if (status == 422) {
            JsonNode errors = tree.get("errors");
            if (errors == null || !errors.isArray() || errors.size() == 0) {
                return Optional.of("422 without errors");
            }
            for (JsonNode item : errors.values()) {
                for (String key : List.of("type", "code", "message", "url")) {
                    if (!isText(item.get(key))) {
                        return Optional.of("422 item without " + key);
                    }
                }
            }
            return Optional.empty();
        }
        if (status >= 400) {
            return isText(tree.get("error")) ? Optional.empty() : Optional.of("error without {\"error\": ...}");
        }
        return tree.isObject() ? Optional.empty() : Optional.of("success body is not an object");
    }

    private static Optional<String> common(int status, String body) {
        if (status >= 500) {
            return Optional.of("status " + status);
        }
        if (status < 200) {
            return Optional.of("impossible status " + status);
        }
        if (LEAK.matcher(body).find()) {
            return Optional.of("implementation detail leaked");
        }
        return Optional.empty();
    }

    private static Optional<String> xmlError(int status, String body) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
            boolean hasError = document.getElementsByTagName("error").getLength() == 1
                    && document.getElementsByTagName("error_description").getLength() == 1;
            if (status >= 400 && !hasError) {
                return Optional.of("XML error without error and error_description");
            }
            return Optional.empty();
        } catch (Exception e) {
            return Optional.of("body is not well-formed XML");
        }
    }

    private static String contentType(Map<String, String> headers) {
        return headers.entrySet().stream().filter(header -> header.getKey().equalsIgnoreCase("content-type"))
                .map(Map.Entry::getValue).findFirst().orElse("");
    }

    private static boolean isText(JsonNode node) {
        return node != null && node.isString() && !node.getStringValue().isEmpty();
    }
}
