package com.telephony.signalwire;

import com.telephony.http.HttpResponse;
import com.telephony.http.Json;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Fabric API's response shapes (docs/signalwire/errors.md, "Bodies"): JSON bodies with {@code Content-Type: application/json},
 * 204 with neither body nor content type, errors as {@code {"error": …}} or {@code {"errors": [...]}}.
 */
@Singleton
public final class FabricResponses {
    static final String CONTENT_TYPE = "application/json; charset=utf-8";
    static final String ERROR_DOCS_URL = "https://signalwire.com/docs/apis/error-codes";

    private final Json json;

    public FabricResponses(Json json) {
        this.json = json;
    }

    public HttpResponse result(FabricResult result) {
        if (result.body() == null) {
            return new HttpResponse(result.status(), Map.of(), new byte[0]);
        }
        return respond(result.status(), result.body());
    }

    public HttpResponse error(FabricError error) {
        Map<String, JsonNode> body = new LinkedHashMap<>();
        if (error.status() == 422) {
            List<JsonNode> items = error.errors().stream().map(FabricResponses::item).toList();
            body.put("errors", JsonNode.createArrayNode(items));
        } else {
            body.put("error", JsonNode.createStringNode(error.reasonPhrase()));
        }
        return respond(error.status(), JsonNode.createObjectNode(body));
    }

    /** Keys in the order of the upstream examples: type, code, message, attribute, url. */
    private static JsonNode item(ValidationError error) {
        Map<String, JsonNode> item = new LinkedHashMap<>();
        item.put("type", JsonNode.createStringNode("validation_error"));
        item.put("code", JsonNode.createStringNode(error.code()));
        item.put("message", JsonNode.createStringNode(error.message()));
        item.put("attribute", error.attribute() == null ? JsonNode.nullNode() : JsonNode.createStringNode(error.attribute()));
        item.put("url", JsonNode.createStringNode(ERROR_DOCS_URL));
        return JsonNode.createObjectNode(item);
    }

    private HttpResponse respond(int status, JsonNode body) {
        return new HttpResponse(status, Map.of("Content-Type", CONTENT_TYPE), json.write(body));
    }
}
