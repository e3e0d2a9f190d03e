package com.telephony.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.micronaut.jackson.core.tree.JsonNodeTreeCodec;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * JSON as Micronaut {@link JsonNode} trees, read and written by Micronaut's tree codec straight on Jackson's
 * streaming parser and generator. Answers are built as trees so key order, explicit {@code null}s and
 * number-versus-string types are exactly as written. No data binding and no serde registry: the edges only ever
 * need trees, and Micronaut Serde's bean set cost every function about a third of a second at cold start
 * (docs/performance.md).
 */
@Singleton
public final class Json {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final JsonNodeTreeCodec TREES = JsonNodeTreeCodec.getInstance();

    /**
     * Parses one document; empty for anything that is not exactly one valid JSON value (including an empty body,
     * trailing content, and Jackson's limits on nesting and number length), and for {@code null}.
     */
    public Optional<JsonNode> parse(byte[] body) {
        if (body.length == 0) {
            return Optional.empty();
        }
        try (JsonParser parser = FACTORY.createParser(body)) {
            if (parser.nextToken() == null) {
                return Optional.empty();
            }
            JsonNode tree = TREES.readTree(parser);
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
            TREES.writeTree(generator, tree);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write JSON", e);
        }
        return out.toByteArray();
    }
}
