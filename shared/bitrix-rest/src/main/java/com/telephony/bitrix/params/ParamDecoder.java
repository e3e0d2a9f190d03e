package com.telephony.bitrix.params;

import com.telephony.http.HttpRequest;
import com.telephony.http.Json;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a Bitrix24 call's parameters as the REST module does (docs/bitrix24/rest-conventions.md, "Parameter decoding"): the query string, then the body
 * (JSON, multipart or URL-encoded, by Content-Type), whose top-level keys replace the query's. Invalid JSON is no
 * parameters at all, never an error. Scalars become strings, as PHP form values are; numbers as PHP casts them
 * ({@link PhpNumbers}).
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
        } catch (Invalid e) {
            return new LinkedHashMap<>();
        }
    }

    private static Object fromJson(JsonNode node, int depth) {
        if (depth > MAX_JSON_DEPTH) {
            throw new Invalid();
        }
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> entry : node.entries()) {
                map.put(wellFormed(entry.getKey()), fromJson(entry.getValue(), depth + 1));
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
            return wellFormed(node.getStringValue());
        }
        if (node.isBoolean()) {
            return node.getBooleanValue() ? "1" : "";
        }
        if (node.isNumber()) {
            return PhpNumbers.text(node.getNumberValue());
        }
        return null;
    }

    /**
     * Text with an unpaired UTF-16 surrogate ({@code "\\ud800"}) is not Unicode: PHP's json_decode rejects the
     * whole document (JSON_ERROR_UTF16), so the call has no parameters.
     */
    private static String wellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new Invalid();
            }
        }
        return text;
    }

    /** A document PHP's json_decode would refuse: too deep, or not Unicode. */
    private static final class Invalid extends RuntimeException {
        Invalid() {
            super(null, null, false, false);
        }
    }
}
