package com.telephony.bitrix.methods;

import com.telephony.domain.extline.ExternalLine;
import io.micronaut.json.tree.JsonNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How external lines look on the wire (docs/bitrix24/external-lines.md). The id's type differs on purpose, as in Bitrix24: add answers
 * the insert id ({@code {"ID": 7}}, a number), update the database row's value ({@code {"ID": "7"}}, a string).
 * get shows no id at all.
 */
public final class ExternalLineJson {
    private ExternalLineJson() {
    }

    public static JsonNode added(ExternalLine line) {
        return JsonNode.createObjectNode(Map.of("ID", JsonNode.createNumberNode(line.id())));
    }

    public static JsonNode updated(ExternalLine line) {
        return JsonNode.createObjectNode(Map.of("ID", JsonNode.createStringNode(Long.toString(line.id()))));
    }

    /** get's rows, keys in the documented order. */
    public static JsonNode listed(List<ExternalLine> lines) {
        return JsonNode.createArrayNode(lines.stream().map(ExternalLineJson::row).toList());
    }

    /** delete's {@code result}: PHP's empty array, {@code []}. */
    public static JsonNode emptyArray() {
        return JsonNode.createArrayNode(List.of());
    }

    private static JsonNode row(ExternalLine line) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        out.put("NUMBER", JsonNode.createStringNode(line.number()));
        out.put("NAME", line.name() == null ? JsonNode.nullNode() : JsonNode.createStringNode(line.name()));
        out.put("CRM_AUTO_CREATE", JsonNode.createStringNode(ExternalLineParams.flag(line.crmAutoCreate())));
        return JsonNode.createObjectNode(out);
    }
}
