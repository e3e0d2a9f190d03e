package com.telephony.bench;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EditsTest {
    private static final String JSON_EVENT = """
            {"rawPath": "/rest/1/code/voximplant.sip.delete", "rawQueryString": "a=1&b[]=2",
             "headers": {"Content-Type": "application/json"},
             "requestContext": {"http": {"method": "POST"}},
             "isBase64Encoded": false,
             "body": "{\\"CONFIG_ID\\":\\"1\\",\\"TITLE\\":\\"x\\"}"}
            """;

    @Test
    void bodyFieldsAreSetInAJsonBodyKeepingTheOthers() {
        Edits edits = new Edits(Map.of(), Map.of("CONFIG_ID", "{line}", "NEW", "n{n}"), Map.of());
        Map<String, Object> event = JsonIo.readObject(edits.apply(JSON_EVENT, new Vars(7, Map.of("line", "42"))));
        Map<String, Object> body = JsonIo.readObject((String) event.get("body"));
        assertEquals(Map.of("CONFIG_ID", "42", "TITLE", "x", "NEW", "n7"), body);
    }

    @Test
    void bodyFieldsAreSetInAFormBodyEvenWhenBase64Encoded() {
        String form = Base64.getEncoder().encodeToString("TITLE=a+b&SERVER=s".getBytes(StandardCharsets.UTF_8));
        String event = """
                {"rawPath": "/rest/m", "headers": {"content-type": "application/x-www-form-urlencoded"},
                 "isBase64Encoded": true, "body": "%s"}""".formatted(form);
        Edits edits = new Edits(Map.of(), Map.of("TITLE", "Line {n}"), Map.of());
        Map<String, Object> edited = JsonIo.readObject(edits.apply(event, new Vars(3, Map.of())));
        String body = new String(Base64.getDecoder().decode((String) edited.get("body")), StandardCharsets.UTF_8);
        assertEquals("TITLE=Line+3&SERVER=s", body);
    }

    @Test
    void queryFieldsAreReplacedOrAppendedInOrder() {
        Edits edits = new Edits(Map.of(), Map.of(), Map.of("a", "{n}", "c", "x y"));
        Map<String, Object> event = JsonIo.readObject(edits.apply(JSON_EVENT, new Vars(9, Map.of())));
        assertEquals("a=9&b[]=2&c=x+y", event.get("rawQueryString"));
    }

    @Test
    void replacementsApplyToTheWholeFileAndTheResultIsOneLine() {
        Edits edits = new Edits(Map.of("voximplant.sip.delete", "voximplant.sip.get"), Map.of(), Map.of());
        String edited = edits.apply(JSON_EVENT, new Vars(1, Map.of()));
        assertEquals("/rest/1/code/voximplant.sip.get", JsonIo.readObject(edited).get("rawPath"));
        assertFalse(edited.contains("\n"), "the probe reads one event per line");
    }

    @Test
    void aPlaceholderNobodyCapturedIsAnError() {
        Edits edits = new Edits(Map.of(), Map.of("CONFIG_ID", "{line}"), Map.of());
        assertThrows(IllegalArgumentException.class, () -> edits.apply(JSON_EVENT, new Vars(1, Map.of())));
    }
}
