package com.telephony.bitrix.batch;

import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultReferencesTest {
    private final Map<String, JsonNode> results = new LinkedHashMap<>();
    private final ResultReferences references = new ResultReferences(results, new LinkedHashMap<>(),
            new LinkedHashMap<>(Map.of("list", JsonNode.createNumberNode(7))), new LinkedHashMap<>());

    ResultReferencesTest() {
        results.put("first", JsonNode.createObjectNode(Map.of("CONFIG_ID", JsonNode.createStringNode("12"),
                "REG_ID", JsonNode.createNumberNode(150001))));
        results.put("list", JsonNode.createArrayNode(List.of(JsonNode.createObjectNode(Map.of(
                "ID", JsonNode.createStringNode("3"), "ACTIVE", JsonNode.createBooleanNode(true))))));
    }

    @Test
    void aWholeValueReferenceBecomesTheValueAndAnEmbeddedOneItsText() {
        Map<String, Object> resolved = references.resolve(Map.of(
                "CONFIG_ID", "$result[first][CONFIG_ID]",
                "REG_ID", "$result[first][REG_ID]",
                "TITLE", "Line $result[list][0][ID] of $result_total[list]",
                "ACTIVE", "$result[list][0][ACTIVE]",
                "FILTER", Map.of("ID", List.of("$result[list][0][ID]"))));
        assertEquals("12", resolved.get("CONFIG_ID"));
        assertEquals("150001", resolved.get("REG_ID"));
        assertEquals("Line 3 of 7", resolved.get("TITLE"));
        assertEquals("1", resolved.get("ACTIVE"));
        assertEquals(Map.of("ID", List.of("3")), resolved.get("FILTER"));
    }

    @Test
    void aMissingStepStopsAtTheDeepestNodeAndAnUnknownKeyStaysAsWritten() {
        Object row = references.resolve(Map.of("ROW", "$result[list][0][NOPE]")).get("ROW");
        assertTrue(row instanceof Map<?, ?> map && "3".equals(map.get("ID")), String.valueOf(row));
        assertEquals("$result[nothing][ID]", references.resolve(Map.of("X", "$result[nothing][ID]")).get("X"));
    }

    @Test
    void phpListsBecomeArraysAndEverythingElseObjects() {
        assertTrue(PhpArrayJson.of(Map.of()).isArray());
        Map<String, JsonNode> list = new LinkedHashMap<>();
        list.put("0", JsonNode.createNumberNode(1));
        list.put("1", JsonNode.createNumberNode(2));
        assertTrue(PhpArrayJson.of(list).isArray());
        list.remove("0");
        assertTrue(PhpArrayJson.of(list).isObject());
        assertTrue(PhpArrayJson.of(Map.of("a", JsonNode.createNumberNode(1))).isObject());
    }

    @Test
    void aCommandIsTheMethodAndItsPhpQuery() {
        BatchCommand command = BatchCommand.parse("k", "voximplant.sip.get?FILTER%5BCONFIG_ID%5D%5B%5D=1&FILTER[CONFIG_ID][]=2");
        assertEquals("voximplant.sip.get", command.method());
        assertEquals(Map.of("FILTER", Map.of("CONFIG_ID", Map.of("0", "1", "1", "2"))), command.params());
        assertEquals("server.time", BatchCommand.parse("0", " server.time ").method());
    }
}
