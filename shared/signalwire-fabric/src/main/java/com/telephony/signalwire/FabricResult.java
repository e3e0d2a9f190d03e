package com.telephony.signalwire;

import io.micronaut.json.tree.JsonNode;

/** An operation's answer: a status and a JSON body, or no body at all (204). */
public record FabricResult(int status, JsonNode body) {
    public static FabricResult ok(JsonNode body) {
        return new FabricResult(200, body);
    }

    public static FabricResult noContent() {
        return new FabricResult(204, null);
    }
}
