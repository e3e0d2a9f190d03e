package com.telephony.bench;

import com.telephony.localapi.SamTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the benchmark measures: every {@code AWS::Serverless::Function} of {@code infra/template.yaml} (the one list:
 * logical id, artifact, handler, environment), each with its {@code infra/events/<module>.json} and the scenario
 * matching that event, plus the comparison handlers of {@code bench/}, which replay sip.add's event: the
 * hand-written reference, sip-add wired by hand without Micronaut's context, and the stock api-proxy variant.
 */
final class Variants {
    static final String REFERENCE_NAME = "reference (hand-written sip.add)";
    static final String STOCK_NAME = "stock api-proxy sip.add";
    static final String HAND_WIRED_NAME = "hand-wired sip.add (no Micronaut context)";
    private static final Pattern CODE_URI = Pattern.compile(".*/functions/([^/]+)/target/\\1\\.jar");
    private static final String REFERENCE_EVENT = "sip-add";

    private Variants() {
    }

    static List<Variant> load(Path root, List<Scenario> scenarios) {
        Path templateFile = root.resolve("infra/template.yaml");
        SamTemplate template = SamTemplate.load(templateFile);
        Map<String, Object> yaml = SamTemplate.readYaml(templateFile);
        Map<String, Object> resources = SamTemplate.map(yaml.get("Resources"));
        Map<String, String> globalEnvironment = variables(SamTemplate.map(yaml.get("Globals")).get("Function"));
        Path eventsDir = root.resolve("infra/events");

        List<Variant> functions = new ArrayList<>();
        for (SamTemplate.FunctionDefinition function : template.functions()) {
            Matcher module = CODE_URI.matcher(function.artifact().toString());
            if (!module.matches()) {
                throw new IllegalStateException(function.logicalId() + ": CodeUri " + function.artifact()
                        + " is not functions/<module>/target/<module>.jar");
            }
            Path eventPath = eventsDir.resolve(module.group(1) + ".json");
            if (!Files.isRegularFile(eventPath)) {
                throw new IllegalStateException(function.logicalId() + " has no event file " + eventPath);
            }
            EventFile event = EventFile.load(eventPath);
            Map<String, String> environment = new LinkedHashMap<>(globalEnvironment);
            environment.putAll(variables(SamTemplate.map(resources.get(function.logicalId())).get("Properties")));
            functions.add(new Variant(module.group(1), Variant.Kind.FUNCTION, function.artifact(),
                    function.handlerClass(), event, scenarioFor(event, scenarios), environment));
        }
        // EventsIT's order: what a get, update or status reads was created by an earlier add.
        functions.sort(Comparator.comparingInt((Variant v) -> v.event().phase()).thenComparing(Variant::name));

        EventFile sipAdd = EventFile.load(eventsDir.resolve(REFERENCE_EVENT + ".json"));
        Scenario sipAddScenario = scenarioFor(sipAdd, scenarios);
        List<Variant> all = new ArrayList<>();
        all.add(new Variant(REFERENCE_NAME, Variant.Kind.REFERENCE,
                root.resolve("bench/reference/target/bench-reference.jar"),
                "com.telephony.bench.reference.ReferenceSipAddHandler", sipAdd, sipAddScenario, globalEnvironment));
        all.addAll(functions);
        // sip-add's own code and environment, only wired without the ApplicationContext: what the context costs
        Variant sipAddFunction = functions.stream().filter(v -> v.name().equals(REFERENCE_EVENT)).findFirst()
                .orElseThrow(() -> new IllegalStateException("infra/template.yaml has no sip-add function"));
        all.add(new Variant(HAND_WIRED_NAME, Variant.Kind.COMPARISON,
                root.resolve("bench/hand-wired/target/bench-hand-wired.jar"),
                "com.telephony.bench.handwired.HandWiredSipAddHandler", sipAddFunction.event(),
                sipAddFunction.scenario(), sipAddFunction.environment()));
        all.add(new Variant(STOCK_NAME, Variant.Kind.COMPARISON, root.resolve("bench/api-proxy/target/bench-api-proxy.jar"),
                "io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction", sipAdd, sipAddScenario,
                globalEnvironment));
        for (Variant variant : all) {
            if (!Files.isRegularFile(variant.artifact())) {
                throw new IllegalStateException("artifact " + variant.artifact() + " of " + variant.name()
                        + " is missing: build with ./mvnw -q package -DskipTests");
            }
        }
        return all;
    }

    /**
     * What a run measures: the reference always, every variant whose name matches {@code --only}, and the
     * hand-wired sip.add whenever sip-add itself is measured, so its number always comes from the same rounds.
     */
    static boolean selected(Variant variant, Pattern only) {
        return variant.kind() == Variant.Kind.REFERENCE || only.matcher(variant.name()).find()
                || variant.name().equals(HAND_WIRED_NAME) && only.matcher(REFERENCE_EVENT).find();
    }

    static Scenario scenarioFor(EventFile event, List<Scenario> scenarios) {
        return scenarios.stream().filter(s -> s.matches(event.requestLine())).findFirst().orElse(Scenario.AS_WRITTEN);
    }

    /** {@code Environment.Variables} of a function's properties (or of Globals.Function), values as written. */
    private static Map<String, String> variables(Object properties) {
        Map<String, String> out = new LinkedHashMap<>();
        SamTemplate.map(SamTemplate.map(SamTemplate.map(properties).get("Environment")).get("Variables"))
                .forEach((name, value) -> out.put(name, String.valueOf(value)));
        return out;
    }
}
