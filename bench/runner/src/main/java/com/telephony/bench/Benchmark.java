package com.telephony.bench;

import com.telephony.localapi.LocalApi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The cold-start and latency benchmark ({@code bench/run.sh}; docs/performance.md). For every function of
 * {@code infra/template.yaml}, the hand-written reference, the hand-wired sip.add and the stock api-proxy variant,
 * it starts a fresh JVM per run (the {@code bench-probe}), which loads the handler from its artifact alone, answers
 * one event, then 1,000 more. All runs share one DynamoDB engine, table and development tenant (the local API's,
 * which also serves the scenarios' set-up requests). Runs are interleaved round by round, so a busy moment on the
 * machine hits every function alike, after one unrecorded warm-up round.
 */
public final class Benchmark {
    private static final String TABLE = "telephony-bench";
    private static final String REGION = "us-east-1";
    /** The application whose token bench/scenarios/telephony.externalLine.add.json puts in every add. */
    private static final String ADDING_APP = "bench.externallineadd.0001";
    private static final String ADDING_APP_TOKEN = "benchexternallineaddtoken";

    private final Options options;
    private final List<EventFile> eventFiles;
    private long counter;

    private Benchmark(Options options) {
        this.options = options;
        this.eventFiles = EventFile.all(options.root().resolve("infra/events"));
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        boolean met = new Benchmark(options).run();
        System.exit(options.check() && !met ? 1 : 0);
    }

    private boolean run() throws IOException {
        Path root = options.root();
        List<Scenario> scenarios = loadScenarios(root.resolve("bench/scenarios"));
        List<Variant> variants = new ArrayList<>(Variants.load(root, scenarios).stream()
                .filter(v -> Variants.selected(v, options.only()))
                .toList());
        options.also().forEach((label, jar) -> {
            String function = label.substring(0, label.indexOf('@'));
            Variant original = variants.stream().filter(v -> v.name().equals(function)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("--also " + label + ": no function " + function));
            variants.add(variants.indexOf(original) + 1, original.withArtifact(label, jar));
        });
        Path workDir = root.resolve("bench/target");
        Files.createDirectories(workDir.resolve("events"));
        Map<String, Object> machine = MachineInfo.describe();
        double loadBefore = MachineInfo.loadAverage();
        System.out.printf("[bench] %s, %s cores, %s; load %.2f%n", machine.get("cpu"), machine.get("cores"),
                machine.get("jdk"), loadBefore);

        LocalApi.Options apiOptions = new LocalApi.Options("127.0.0.1", 0, root.resolve("infra/template.yaml"), null,
                null, 0, TABLE, REGION);
        Map<Variant, List<RunResult>> results = new LinkedHashMap<>();
        try (LocalApi api = LocalApi.start(apiOptions)) {
            LocalApiClient client = new LocalApiClient(api.baseUrl());
            api.addDevApplication(ADDING_APP, ADDING_APP_TOKEN);
            seed(client);
            Launcher launcher = new Launcher(Path.of(System.getProperty("java.home"), "bin", "java"),
                    root.resolve("bench/probe/target/bench-probe.jar"), options.jvmFlags(),
                    functionEnvironment(api.dynamoDbEndpoint()),
                    workDir, options.snapStart(), options.unpack(), options.cds(), options.aotCache(), options.cpus());
            String name = "%-" + variants.stream().mapToInt(v -> v.name().length()).reduce(36, Math::max) + "s";
            for (Variant variant : variants) {
                results.put(variant, new ArrayList<>());
                System.out.printf("[bench] " + name + " %s (%s)%n", variant.name(), variant.handlerClass(),
                        variant.scenario().name());
            }
            int firstRound = options.warmUp() ? 0 : 1;
            for (int round = firstRound; round <= options.runs(); round++) {
                for (Variant variant : roundOrder(variants, round)) {
                    Path events = workDir.resolve("events").resolve(Launcher.fileName(variant.name()) + ".jsonl");
                    writeEvents(client, variant, events);
                    RunResult result = launcher.run(variant, events, round);
                    System.out.printf("[bench] %s " + name + " init %6.0f ms  first call %5.0f ms  first answer %6.0f ms"
                                    + " (cpu %5.0f ms)  warm p50 %5.2f ms  p99 %6.2f ms  load %.2f%s%n",
                            round == 0 ? "warm-up" : "run " + round + "/" + options.runs(), variant.name(),
                            result.initMs(), result.firstInvokeMs(), result.firstResponseMs(), result.cpuMs(),
                            result.warmP50Ms(),
                            result.warmP99Ms(), result.loadAverage(),
                            result.allSucceeded() ? "" : "  NOT ALL 2xx: " + failure(result));
                    if (round > 0) {
                        results.get(variant).add(result);
                    }
                }
            }
        }
        Report report = new Report(options, machine, loadBefore, MachineInfo.loadAverage(), results);
        System.out.println();
        System.out.print(report.table());
        report.writeJson(options.out());
        System.out.println("[bench] results: " + options.out());
        return report.allMet();
    }

    /**
     * What each function JVM gets, as Lambda's environment. The REST limits stay on (their DynamoDB round trips are
     * part of every Bitrix24 call) with numbers the warm calls never reach; {@code BENCH_LIMITS=off} turns them off,
     * to measure what the limit check costs per warm call (docs/performance.md).
     */
    static Map<String, String> functionEnvironment(String dynamoDbEndpoint) {
        boolean limits = !"off".equalsIgnoreCase(System.getenv().getOrDefault("BENCH_LIMITS", "on"));
        return Map.of("TELEPHONY_DYNAMODB_ENDPOINT", dynamoDbEndpoint, "TELEPHONY_DYNAMODB_TABLE", TABLE,
                "TELEPHONY_DYNAMODB_REGION", REGION, "TELEPHONY_LIMITS_ENABLED", Boolean.toString(limits),
                "TELEPHONY_LIMITS_BURST", "1000000", "TELEPHONY_LIMITS_DRAIN_PER_SECOND", "100000",
                "TELEPHONY_LIMITS_OPERATING_SECONDS", "1000000");
    }

    /**
     * This round's order: shuffled (seeded by the round, so a rerun repeats it) so that no variant always runs just
     * after the same other one, at the same point of the engine's life, or at the start of a round. Creating
     * functions need not come first: the seed made everything the other events refer to before the first round, and
     * every deleting run deletes what its own set-up requests made.
     */
    static List<Variant> roundOrder(List<Variant> variants, int round) {
        List<Variant> order = new ArrayList<>(variants);
        Collections.shuffle(order, new Random(round));
        return order;
    }

    /** Like EventsIT: every creating event once, as written, so the others find what they refer to. */
    private void seed(LocalApiClient client) {
        for (EventFile file : eventFiles) {
            if (file.phase() == 0) {
                LocalApiClient.Answer answer = client.send(file.text());
                if (!answer.succeeded()) {
                    System.out.printf("[bench] seed %s answered %d: %s%n", file.module(), answer.status(),
                            JsonIo.abbreviate(answer.body()));
                }
            }
        }
    }

    /** The first event and the warm ones, one JSON per line, set-up requests made as the scenario says. */
    private void writeEvents(LocalApiClient client, Variant variant, Path file) throws IOException {
        Scenario scenario = variant.scenario();
        Vars runVars = new Vars(++counter, Map.of());
        for (Scenario.Step step : scenario.before()) {
            runVars = runVars.with(setUp(client, step, runVars));
        }
        try (var writer = Files.newBufferedWriter(file)) {
            for (int i = 0; i <= options.warm(); i++) {
                // the run-wide captures, carried into every invocation
                Vars vars = new Vars(++counter, runVars.captured());
                for (Scenario.Step step : scenario.each()) {
                    vars = vars.with(setUp(client, step, vars));
                }
                writer.write(scenario.edits().apply(variant.event().text(), vars));
                writer.newLine();
            }
        }
    }

    private Map<String, String> setUp(LocalApiClient client, Scenario.Step step, Vars vars) {
        EventFile source = eventFiles.stream().filter(f -> step.from().matcher(f.requestLine()).find()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no event file in infra/events matches set-up step \""
                        + step.from() + "\""));
        LocalApiClient.Answer answer = client.send(step.edits().apply(source.text(), vars));
        if (!answer.succeeded()) {
            throw new IllegalStateException("set-up request from " + source.module() + " answered " + answer.status()
                    + ": " + JsonIo.abbreviate(answer.body()));
        }
        Map<String, String> values = new HashMap<>();
        if (!step.capture().isEmpty()) {
            Object body = JsonIo.read(answer.body());
            step.capture().forEach((name, pointer) -> {
                Object value = JsonIo.at(body, pointer);
                if (value == null) {
                    throw new IllegalStateException("set-up answer from " + source.module() + " has nothing at "
                            + pointer + ": " + JsonIo.abbreviate(answer.body()));
                }
                values.put(name, value.toString());
            });
        }
        return values;
    }

    private static String failure(RunResult result) {
        String answer = !result.firstSucceeded() ? result.firstAnswer() : result.firstWarmFailure();
        return (result.firstSucceeded() ? result.warmFailures() + " warm failures, first: " : "first call: ")
                + JsonIo.abbreviate(answer == null ? "" : answer);
    }

    private static List<Scenario> loadScenarios(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Scenario> scenarios = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".json"))
                    .sorted(Comparator.comparing(Path::toString)).toList()) {
                scenarios.add(Scenario.parse(file.getFileName().toString(), Files.readString(file)));
            }
            return scenarios;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read scenarios in " + dir, e);
        }
    }
}
