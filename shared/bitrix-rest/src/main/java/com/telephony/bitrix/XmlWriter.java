package com.telephony.bitrix;

import io.micronaut.json.tree.JsonNode;

import java.util.Map;

/**
 * The {@code .xml} answer format: {@code <response>} with one element per key; list items and numeric keys
 * become {@code <item>} elements, as Bitrix24's XML output does.
 */
final class XmlWriter {
    private XmlWriter() {
    }

    static String write(JsonNode body) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><response>");
        writeChildren(out, body);
        return out.append("</response>").toString();
    }

    private static void writeChildren(StringBuilder out, JsonNode node) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> entry : node.entries()) {
                element(out, elementName(entry.getKey()), entry.getValue());
            }
        } else if (node.isArray()) {
            for (JsonNode value : node.values()) {
                element(out, "item", value);
            }
        } else if (!node.isNull()) {
            out.append(escape(node.isString() ? node.getStringValue() : node.getValue().toString()));
        }
    }

    private static void element(StringBuilder out, String name, JsonNode value) {
        out.append('<').append(name).append('>');
        writeChildren(out, value);
        out.append("</").append(name).append('>');
    }

    private static String elementName(String key) {
        return key.isEmpty() || Character.isDigit(key.charAt(0)) ? "item" : key;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
