package com.telephony.bench;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScenarioTest {
    private static final Path ROOT = Path.of(System.getProperty("repo.root", "../..")).toAbsolutePath().normalize();

    @Test
    void everyScenarioFileParses() throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve("bench/scenarios"))) {
            List<Path> scenarios = files.filter(f -> f.toString().endsWith(".json")).toList();
            assertFalse(scenarios.isEmpty());
            for (Path file : scenarios) {
                Scenario scenario = Scenario.parse(file.getFileName().toString(), Files.readString(file));
                assertFalse(scenario.about().isBlank(), file + " says why it exists");
            }
        }
    }

    @Test
    void scenariosFollowTheMethodNotTheModule() throws IOException {
        Path file = ROOT.resolve("bench/scenarios/voximplant.sip.add.json");
        Scenario add = Scenario.parse(file.getFileName().toString(), Files.readString(file));
        List<Scenario> scenarios = List.of(add);
        // the catch-all's event calls the same method in another letter case
        for (String module : List.of("sip-add", "rest-dispatcher")) {
            EventFile event = EventFile.load(ROOT.resolve("infra/events/" + module + ".json"));
            assertEquals(add, Variants.scenarioFor(event, scenarios), module);
        }
        assertEquals(Scenario.AS_WRITTEN, Variants.scenarioFor(
                new EventFile("x", Path.of("x.json"), "{}", "POST /rest/1/c/voximplant.sip.get"), scenarios));
    }

    @Test
    void setUpStepsAndCapturesAreRead() {
        Scenario scenario = Scenario.parse("delete.json", """
                {"about": "a line per call", "match": "sip\\\\.delete",
                 "each": [{"from": "sip\\\\.add", "body": {"TITLE": "t{n}"}, "capture": {"line": "/result/ID"}}],
                 "body": {"CONFIG_ID": "{line}"}}""");
        assertTrue(scenario.matches("POST /rest/1/c/voximplant.sip.delete"));
        assertEquals("/result/ID", scenario.each().get(0).capture().get("line"));
        assertTrue(scenario.each().get(0).from().matcher("POST /rest/voximplant.sip.add").find());
        assertTrue(scenario.before().isEmpty());
    }

    @Test
    void batchAsksForTheThreeLinesSipGetAsksForNotTheWholePortal() throws IOException {
        Path file = ROOT.resolve("bench/scenarios/batch.json");
        Scenario batch = Scenario.parse(file.getFileName().toString(), Files.readString(file));
        EventFile event = EventFile.load(ROOT.resolve("infra/events/batch.json"));
        assertEquals(batch, Variants.scenarioFor(event, List.of(batch)));
        String edited = batch.edits().apply(event.text(), new Vars(1, Map.of()));
        // the replacement must still find its text in the event file, or the row measures the whole portal again
        assertTrue(edited.contains("voximplant.sip.get?FILTER[CONFIG_ID][0]=1&FILTER[CONFIG_ID][1]=2"
                + "&FILTER[CONFIG_ID][2]=3&SORT=CONFIG_ID&ORDER=ASC"), edited);
    }
}
