package com.telephony.testsupport;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks on captured function output: one JSON record per request (by Lambda request id), every record a valid
 * CloudWatch Embedded Metric Format document, and no secret anywhere in the output.
 */
public final class RequestLogs {
    private static final JsonMapper JSON = JsonMapper.createDefault();
    private static final Set<String> UNITS = Set.of("Count", "Milliseconds", "Seconds", "Microseconds", "None",
            "Bytes", "Percent");

    private RequestLogs() {
    }

    /** The JSON records among the lines (other output, such as Micronaut's or the engine's, is skipped). */
    public static List<JsonNode> records(List<String> lines) {
        List<JsonNode> records = new ArrayList<>();
        for (String line : lines) {
            if (!line.startsWith("{")) {
                continue;
            }
            try {
                JsonNode node = JSON.readValue(line.getBytes(StandardCharsets.UTF_8), JsonNode.class);
                if (node.isObject() && node.get("requestId") != null) {
                    records.add(node);
                }
            } catch (IOException notJson) {
                throw new AssertionError("a log line that starts like JSON is not JSON: " + line, notJson);
            }
        }
        return records;
    }

    /** Problems: request ids without exactly one record. */
    public static List<String> oneRecordPerRequest(List<JsonNode> records, Collection<String> requestIds) {
        Map<String, Integer> counts = new HashMap<>();
        for (JsonNode record : records) {
            JsonNode id = record.get("requestId");
            if (id.isString()) {
                counts.merge(id.getStringValue(), 1, Integer::sum);
            }
        }
        List<String> problems = new ArrayList<>();
        for (String id : requestIds) {
            int count = counts.getOrDefault(id, 0);
            if (count != 1) {
                problems.add("request " + id + " has " + count + " log records");
            }
        }
        return problems;
    }

    /**
     * Problems with a record as an EMF document (CloudWatch's specification): {@code _aws.Timestamp} a number,
     * each directive a namespace, dimension sets naming string members, metrics naming numeric members with a
     * known unit.
     */
    public static List<String> emfProblems(JsonNode record) {
        List<String> problems = new ArrayList<>();
        JsonNode aws = record.get("_aws");
        if (aws == null || !aws.isObject()) {
            return List.of("no _aws object");
        }
        if (aws.get("Timestamp") == null || !aws.get("Timestamp").isNumber()) {
            problems.add("_aws.Timestamp is not a number");
        }
        JsonNode directives = aws.get("CloudWatchMetrics");
        if (directives == null || !directives.isArray() || directives.size() == 0) {
            return List.of("_aws.CloudWatchMetrics is not a non-empty array");
        }
        for (JsonNode directive : directives.values()) {
            JsonNode namespace = directive.get("Namespace");
            if (namespace == null || !namespace.isString() || namespace.getStringValue().isBlank()) {
                problems.add("directive without Namespace");
            }
            JsonNode dimensionSets = directive.get("Dimensions");
            if (dimensionSets == null || !dimensionSets.isArray()) {
                problems.add("directive without Dimensions");
            } else {
                for (JsonNode set : dimensionSets.values()) {
                    for (JsonNode dimension : set.values()) {
                        JsonNode value = record.get(dimension.getStringValue());
                        if (value == null || !value.isString()) {
                            problems.add("dimension " + dimension.getStringValue() + " is not a string member");
                        }
                    }
                }
            }
            JsonNode metrics = directive.get("Metrics");
            if (metrics == null || !metrics.isArray() || metrics.size() == 0) {
                problems.add("directive without Metrics");
                continue;
            }
            for (JsonNode metric : metrics.values()) {
                String name = metric.get("Name") == null ? null : metric.get("Name").getStringValue();
                JsonNode value = name == null ? null : record.get(name);
                if (value == null || !value.isNumber()) {
                    problems.add("metric " + name + " has no numeric member");
                }
                JsonNode unit = metric.get("Unit");
                if (unit != null && !UNITS.contains(unit.getStringValue())) {
                    problems.add("metric " + name + " has unit " + unit.getStringValue());
                }
            }
        }
        return problems;
    }

    /** The secrets that occur anywhere in the text. */
    public static List<String> leakedSecrets(String text, Collection<String> secrets) {
        return secrets.stream().filter(secret -> secret != null && !secret.isEmpty() && text.contains(secret))
                .toList();
    }
}
