package com.telephony.testsupport;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A response as a client sees it: status, headers and the parsed JSON body. */
public record Reply(int status, Map<String, String> headers, String text) {
    private static final JsonMapper JSON = JsonMapper.createDefault();

    public JsonNode json() {
        try {
            return JSON.readValue(text.getBytes(StandardCharsets.UTF_8), JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + text, e);
        }
    }

    public JsonNode result() {
        return json().get("result");
    }

    public String error() {
        JsonNode error = json().get("error");
        return error == null ? null : error.getStringValue();
    }

    public String errorDescription() {
        return json().get("error_description").getStringValue();
    }

    @Override
    public String toString() {
        return status + " " + text;
    }
}
