package com.telephony.http;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * JSON through Micronaut Serde (Jackson streaming, no databind, no reflection). Answers are built as
 * {@link JsonNode} trees so key order, explicit {@code null}s and number-versus-string types are exactly as written.
 */
@Singleton
public final class Json {
    private static final Argument<JsonNode> TREE = Argument.of(JsonNode.class);

    private final JsonMapper mapper;

    public Json(JsonMapper mapper) {
        this.mapper = mapper;
    }

    /** Parses a document; empty for anything that is not valid JSON (including an empty body). */
    public Optional<JsonNode> parse(byte[] body) {
        if (body.length == 0) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(mapper.readValue(body, TREE));
        } catch (IOException | RuntimeException invalid) {
            // Malformed JSON, or limits of the parser (nesting depth, number length) exceeded: both mean "no document".
            return Optional.empty();
        }
    }

    public byte[] write(JsonNode tree) {
        try {
            return mapper.writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write JSON", e);
        }
    }
}
