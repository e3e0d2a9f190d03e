package com.telephony.http;

import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import software.amazon.awssdk.thirdparty.jackson.core.JsonFactory;
import software.amazon.awssdk.thirdparty.jackson.core.JsonGenerator;
import software.amazon.awssdk.thirdparty.jackson.core.JsonParser;
import software.amazon.awssdk.thirdparty.jackson.core.JsonToken;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * JSON as Micronaut {@link JsonNode} trees. Answers are built as trees so key order, explicit {@code null}s and
 * number-versus-string types are exactly as written.
 *
 * <p>The streaming parser and generator are Jackson's core as the AWS SDK carries it (relocated into
 * {@code software.amazon.awssdk.thirdparty}): every function loads and JIT-compiles that copy anyway for DynamoDB's
 * JSON protocol, so a second Jackson would only cost class loading and compilation at each cold start
 * (docs/performance.md). No data binding, no reflection: trees are read and written token by token, as
 * Micronaut's own tree codec does.
 */
@Singleton
public final class Json {
    private static final JsonFactory FACTORY = new JsonFactory();

    /**
     * Parses one document; empty for anything that is not exactly one valid JSON value (including an empty body,
     * trailing content, invalid UTF-8, and Jackson's limits on nesting and number length), and for {@code null}.
     * Unpaired surrogates are kept: each edge decides (Bitrix24 rejects the body, SignalWire the field).
     */
    public Optional<JsonNode> parse(byte[] body) {
        if (body.length == 0) {
            return Optional.empty();
        }
        try (JsonParser parser = FACTORY.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return Optional.empty();
            }
            JsonNode tree = read(parser, first);
            if (parser.nextToken() != null || tree.isNull()) {
                // PHP's json_decode rejects "{...} x" and "{...}{...}" too; "null" decodes to no parameters
                return Optional.empty();
            }
            return Optional.of(tree);
        } catch (IOException | RuntimeException invalid) {
            return Optional.empty();
        }
    }

    public byte[] write(JsonNode tree) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            write(generator, tree);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write JSON", e);
        }
        return out.toByteArray();
    }

    private static JsonNode read(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT -> {
                Map<String, JsonNode> members = new LinkedHashMap<>();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_OBJECT; next = parser.nextToken()) {
                    String name = parser.currentName();
                    members.put(name, read(parser, parser.nextToken()));
                }
                return JsonNode.createObjectNode(members);
            }
            case START_ARRAY -> {
                List<JsonNode> values = new ArrayList<>();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                    values.add(read(parser, next));
                }
                return JsonNode.createArrayNode(values);
            }
            case VALUE_STRING -> {
                return JsonNode.createStringNode(parser.getText());
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                // Integer, Long or BigInteger; Double for fractions (1e400 is Infinity), as Micronaut's codec reads
                return JsonNode.createNumberNodeImpl(parser.getNumberValue());
            }
            case VALUE_TRUE -> {
                return JsonNode.createBooleanNode(true);
            }
            case VALUE_FALSE -> {
                return JsonNode.createBooleanNode(false);
            }
            case VALUE_NULL -> {
                return JsonNode.nullNode();
            }
            default -> throw new IOException("unexpected " + token);
        }
    }

    private static void write(JsonGenerator out, JsonNode node) throws IOException {
        if (node.isObject()) {
            out.writeStartObject();
            for (Map.Entry<String, JsonNode> member : node.entries()) {
                out.writeFieldName(member.getKey());
                write(out, member.getValue());
            }
            out.writeEndObject();
        } else if (node.isArray()) {
            out.writeStartArray();
            for (JsonNode value : node.values()) {
                write(out, value);
            }
            out.writeEndArray();
        } else if (node.isString()) {
            out.writeString(node.getStringValue());
        } else if (node.isNumber()) {
            writeNumber(out, node.getNumberValue());
        } else if (node.isBoolean()) {
            out.writeBoolean(node.getBooleanValue());
        } else {
            out.writeNull();
        }
    }

    /** Each number as the type it was built with: BigDecimal time values keep their scale. */
    private static void writeNumber(JsonGenerator out, Number number) throws IOException {
        if (number instanceof Integer || number instanceof Short || number instanceof Byte) {
            out.writeNumber(number.intValue());
        } else if (number instanceof Long) {
            out.writeNumber(number.longValue());
        } else if (number instanceof Double) {
            out.writeNumber(number.doubleValue());
        } else if (number instanceof Float) {
            out.writeNumber(number.floatValue());
        } else if (number instanceof BigDecimal decimal) {
            out.writeNumber(decimal);
        } else if (number instanceof BigInteger integer) {
            out.writeNumber(integer);
        } else {
            out.writeNumber(number.toString());
        }
    }
}
