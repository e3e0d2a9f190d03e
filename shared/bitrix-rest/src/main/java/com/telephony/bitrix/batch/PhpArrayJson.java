package com.telephony.bitrix.batch;

import io.micronaut.json.tree.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How PHP's {@code json_encode} writes an array: a list (keys 0..n-1 in order, or no keys at all) becomes a JSON
 * array, anything else an object. So an empty {@code result_error} is {@code []}, and the maps of a {@code cmd}
 * sent as a list are arrays unless a key is missing from them (a failed or halted command).
 */
final class PhpArrayJson {
    private PhpArrayJson() {
    }

    static JsonNode of(Map<String, JsonNode> map) {
        int index = 0;
        boolean list = true;
        for (String key : map.keySet()) {
            if (!key.equals(Integer.toString(index++))) {
                list = false;
                break;
            }
        }
        if (list) {
            List<JsonNode> values = new ArrayList<>(map.values());
            return JsonNode.createArrayNode(values);
        }
        return JsonNode.createObjectNode(map);
    }
}
