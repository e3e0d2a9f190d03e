package com.telephony.signalwire;

import io.micronaut.json.tree.JsonNode;

import java.util.Map;

/**
 * A request as an operation sees it, after routing, authentication and decoding.
 *
 * @param id             the item URL's {@code {id}} segment as sent (decoded, unchecked); {@code null} on the collection
 * @param query          query parameters, the last value of a repeated name winning
 * @param body           the JSON object body for operations that read one, else {@code null}
 * @param collectionUrl  the absolute URL of the collection as the client reached it, for paging links
 */
public record FabricRequest(String id, Map<String, String> query, JsonNode body, String collectionUrl) {
    public FabricRequest {
        query = Map.copyOf(query);
    }
}
