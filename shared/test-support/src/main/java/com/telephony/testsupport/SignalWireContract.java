package com.telephony.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi31;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks responses against the SignalWire OpenAPI documents (copies of the contract's files, in this module's
 * resources): the status must be declared for the operation, and the body must validate against the declared schema
 * with format assertions on ({@code uuid}, {@code date-time}, {@code uri}). The combined document's
 * {@code SipEndpoint} forbids a {@code password} property, so a leaked password fails here. Update answers are
 * also checked against the seed's own document.
 */
public final class SignalWireContract {
    public static final String COMBINED = "openapi/signalwire-sip-endpoints.openapi.yaml";
    public static final String SEED = "openapi/signalwire-sip-endpoint-update.openapi.yaml";

    /** The five operations: method and path as the documents write them (relative to {@code /api/fabric}). */
    public enum Operation {
        LIST("get", "/resources/sip_endpoints"),
        CREATE("post", "/resources/sip_endpoints"),
        GET("get", "/resources/sip_endpoints/{id}"),
        UPDATE("put", "/resources/sip_endpoints/{id}"),
        DELETE("delete", "/resources/sip_endpoints/{id}");

        private final String method;
        private final String path;

        Operation(String method, String path) {
            this.method = method;
            this.path = path;
        }
    }

    /**
     * Bodies the contract defines (docs/signalwire/errors.md) for statuses an operation does not declare:
     * 400 for a malformed create/update body (the file has no 400 schema: §5's {@code {"error":"Bad Request"}} is
     * written out here) and the list's 422 paging errors, which share the create/update 422 shape.
     */
    private static final Map<Operation, Map<Integer, String>> UNDECLARED = Map.of(
            Operation.CREATE, Map.of(400, "#/components/schemas/Types.StatusCodes.StatusCode400"),
            Operation.UPDATE, Map.of(400, "#/components/schemas/Types.StatusCodes.StatusCode400"),
            Operation.LIST, Map.of(422, "#/components/schemas/ResourceSipEndpointCreateStatusCode422"));
    private static final String STATUS_400_SCHEMA =
            "{\"type\":\"object\",\"properties\":{\"error\":{\"type\":\"string\",\"enum\":[\"Bad Request\"]}},\"required\":[\"error\"]}";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.metaSchema(OpenApi31.getInstance()).defaultMetaSchemaIri(OpenApi31.getInstance().getIri()));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();
    private static final Map<String, JsonNode> DOCUMENTS = new ConcurrentHashMap<>();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private SignalWireContract() {
    }

    /** Fails with every problem found, naming the operation and status. */
    public static void assertConforms(Operation operation, int status, String contentType, String body) {
        List<String> problems = new ArrayList<>(problems(COMBINED, operation, status, contentType, body));
        if (operation == Operation.UPDATE) {
            problems.addAll(problems(SEED, operation, status, contentType, body));
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(operation + " " + status + " does not conform to the OpenAPI contract: "
                    + problems + "\nbody: " + body);
        }
    }

    public static void assertConforms(Operation operation, Reply reply) {
        String contentType = reply.headers().entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase("content-type"))
                .map(Map.Entry::getValue).findFirst().orElse("");
        assertConforms(operation, reply.status(), contentType, reply.text());
    }

    /** Empty when the response conforms to {@code document}. */
    public static List<String> problems(String document, Operation operation, int status, String contentType,
                                        String body) {
        JsonNode responses = document(document).path("paths").path(operation.path).path(operation.method)
                .path("responses");
        if (responses.isMissingNode()) {
            return List.of(document + " has no operation " + operation);
        }
        JsonNode declared = responses.path(Integer.toString(status));
        String schemaRef;
        if (!declared.isMissingNode()) {
            JsonNode json = declared.path("content").path("application/json");
            if (json.isMissingNode()) {
                boolean empty = body == null || body.isEmpty();
                return empty && (contentType == null || contentType.isEmpty()) ? List.of()
                        : List.of("status " + status + " has no body and no content type, got '" + contentType + "' " + body);
            }
            schemaRef = json.path("schema").path("$ref").asText();
        } else if (UNDECLARED.getOrDefault(operation, Map.of()).containsKey(status)) {
            schemaRef = UNDECLARED.get(operation).get(status);
        } else {
            return List.of("status " + status + " is neither declared for " + operation + " nor defined by the contract");
        }
        List<String> problems = new ArrayList<>();
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            problems.add("content type is '" + contentType + "', not application/json");
        }
        JsonNode instance;
        try {
            instance = JSON.readTree(body == null ? "" : body);
        } catch (IOException e) {
            problems.add("body is not JSON: " + e.getMessage());
            return problems;
        }
        if (instance == null || instance.isMissingNode()) {
            problems.add("body is empty");
            return problems;
        }
        for (ValidationMessage message : schema(document, schemaRef).validate(instance)) {
            problems.add(message.getMessage());
        }
        return problems;
    }

    private static JsonSchema schema(String document, String ref) {
        return SCHEMAS.computeIfAbsent(document + ref, key -> ref.endsWith("StatusCode400")
                ? FACTORY.getSchema(STATUS_400_SCHEMA, CONFIG)
                : FACTORY.getSchema(SchemaLocation.of("classpath:" + document + ref), CONFIG));
    }

    private static JsonNode document(String name) {
        return DOCUMENTS.computeIfAbsent(name, key -> {
            try (InputStream in = SignalWireContract.class.getClassLoader().getResourceAsStream(key)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + key);
                }
                return YAML.readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
