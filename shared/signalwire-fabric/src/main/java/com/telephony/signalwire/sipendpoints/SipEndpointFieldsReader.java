package com.telephony.signalwire.sipendpoints;

import io.micronaut.json.tree.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the writable fields from a create or update body, telling "not sent", {@code null}, the expected JSON type
 * and any other type apart; the domain's rules decide what each means. Unknown fields (including {@code id},
 * {@code display_name} or {@code type}) are ignored and never echoed (docs/signalwire/sip-endpoints.md, "Create fields").
 */
final class SipEndpointFieldsReader {
    private SipEndpointFieldsReader() {
    }

    static SipEndpointFields read(JsonNode body) {
        return new SipEndpointFields(
                text(body, "username"),
                text(body, "password"),
                text(body, "caller_id"),
                text(body, "send_as"),
                strings(body, "ciphers"),
                strings(body, "codecs"),
                text(body, "encryption"),
                text(body, "call_handler"),
                text(body, "calling_handler_resource_id"));
    }

    private static FieldInput<String> text(JsonNode body, String name) {
        JsonNode value = body.get(name);
        if (value == null) {
            return FieldInput.absent();
        }
        if (value.isNull()) {
            return FieldInput.nullValue();
        }
        return value.isString() ? FieldInput.of(value.getStringValue()) : FieldInput.wrongType();
    }

    private static FieldInput<List<String>> strings(JsonNode body, String name) {
        JsonNode value = body.get(name);
        if (value == null) {
            return FieldInput.absent();
        }
        if (value.isNull()) {
            return FieldInput.nullValue();
        }
        if (!value.isArray()) {
            return FieldInput.wrongType();
        }
        List<String> items = new ArrayList<>(value.size());
        for (JsonNode item : value.values()) {
            if (!item.isString()) {
                return FieldInput.wrongType();
            }
            items.add(item.getStringValue());
        }
        return FieldInput.of(items);
    }
}
