package com.telephony.bitrix.params;

import com.telephony.http.HttpRequest;
import com.telephony.http.Json;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a Bitrix24 call's parameters as the REST module does (docs/bitrix24/rest-conventions.md, "Parameter decoding"): the query string, then the body
 * (JSON, multipart or URL-encoded, by Content-Type), whose top-level keys replace the query's. Invalid JSON is no
 * parameters at all, never an error. Scalars become strings, as PHP form values are.
 */
@Singleton
public final class ParamDecoder {
    /** Larger bodies are dropped, as PHP drops a body over post_max_size; the method then reports what is missing. */
    public static final int MAX_BODY_BYTES = 2 * 1024 * 1024;
    /** PHP json_decode's default depth. */
    static final int MAX_JSON_DEPTH = 512;

    private final Json json;

    public ParamDecoder(Json json) {
        this.json = json;
    }

    public Map<String, Object> decode(HttpRequest request) {
        Map<String, Object> params = PhpQueryString.parse(request.rawQuery());
        if (request.body().length == 0 || request.body().length > MAX_BODY_BYTES) {
            return params;
        }
        params.putAll(decodeBody(request));
        return params;
    }

    private Map<String, Object> decodeBody(HttpRequest request) {
        String mediaType = request.headers().mediaType();
        if (mediaType.equals("application/json")) {
            return json.parse(request.body())
                    .filter(JsonNode::isObject)
                    .map(ParamDecoder::fromJsonObject)
                    .orElseGet(LinkedHashMap::new);
        }
        if (mediaType.equals("multipart/form-data")) {
            return MultipartForm.parse(request.body(), request.headers().contentTypeParameter("boundary").orElse(null));
        }
        return PhpQueryString.parse(new String(request.body(), StandardCharsets.UTF_8));
    }

    private static Map<String, Object> fromJsonObject(JsonNode object) {
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) fromJson(object, 0);
            return map;
        } catch (TooDeep e) {
            return new LinkedHashMap<>();
        }
    }

    private static Object fromJson(JsonNode node, int depth) {
        if (depth > MAX_JSON_DEPTH) {
            throw new TooDeep();
        }
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> entry : node.entries()) {
                map.put(entry.getKey(), fromJson(entry.getValue(), depth + 1));
            }
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            for (JsonNode value : node.values()) {
                list.add(fromJson(value, depth + 1));
            }
            return list;
        }
        if (node.isString()) {
            return node.getStringValue();
        }
        if (node.isBoolean()) {
            return node.getBooleanValue() ? "1" : "";
        }
        if (node.isNumber()) {
            return numberText(node.getNumberValue());
        }
        return null;
    }

    /** PHP's string form of a number: 5 → "5", 5.0 → "5", 5.25 → "5.25". */
    private static String numberText(Number number) {
        if (number instanceof Double || number instanceof Float || number instanceof BigDecimal) {
            BigDecimal decimal = number instanceof BigDecimal big ? big : BigDecimal.valueOf(number.doubleValue());
            return decimal.stripTrailingZeros().toPlainString();
        }
        return number.toString();
    }

    private static final class TooDeep extends RuntimeException {
        TooDeep() {
            super(null, null, false, false);
        }
    }
}
