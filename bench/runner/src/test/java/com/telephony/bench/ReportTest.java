package com.telephony.bench;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which targets a run is judged on: the time to the first answer on demand, the first call over warm p50 with --snapstart. */
class ReportTest {
    private static final EventFile EVENT = new EventFile("sip-add", Path.of("sip-add.json"), "{}",
            "POST /rest/1/c/voximplant.sip.add");
    private static final Variant REFERENCE = new Variant(Variants.REFERENCE_NAME, Variant.Kind.REFERENCE,
            Path.of("reference.jar"), "Reference", EVENT, Scenario.AS_WRITTEN, Map.of());
    private static final Variant FUNCTION = new Variant("sip-add", Variant.Kind.FUNCTION, Path.of("sip-add.jar"),
            "SipAddHandler", EVENT, Scenario.AS_WRITTEN, Map.of());

    /** Five runs: the first answer after {@code firstAnswerMs}, a first handleRequest of {@code firstHandleMs}, a warm p50 of 20 ms. */
    private static List<RunResult> runs(long firstAnswerMs, long firstHandleMs) {
        return IntStream.range(0, 5).mapToObj(round -> new RunResult(round, 0.5, 0, 500_000, 510_000, 520_000,
                firstAnswerMs * 1000, 0, 1, 5000, 1_000_000, 2_000_000, true, "{\"statusCode\":200}", 0, null,
                List.of(20_000_000L, 20_000_000L, 20_000_000L), List.of(), 4000, firstHandleMs * 1_000_000)).toList();
    }

    private static List<String> problems(String[] args, long functionFirstAnswerMs, long functionFirstHandleMs) {
        Map<Variant, List<RunResult>> results = new LinkedHashMap<>();
        results.put(REFERENCE, runs(1000, 400));
        results.put(FUNCTION, runs(functionFirstAnswerMs, functionFirstHandleMs));
        return new Report(Options.parse(args), Map.of(), 0, 0, results).problems(FUNCTION).stream()
                .filter(problem -> !problem.startsWith("artifact")).toList();
    }

    @Test
    void onDemandTheFirstAnswerIsJudgedAgainstTheReference() {
        assertEquals(List.of(), problems(new String[0], 1100, 400));
        assertEquals(List.of("1st answer 1.20× reference"), problems(new String[0], 1200, 40));
    }

    @Test
    void withSnapStartTheFirstCallIsJudgedAgainstItsWarmP50AndNotThePrimingInTheFirstAnswer() {
        String[] snapStart = {"--snapstart"};
        // 5 s to the first answer (the priming) and a first call of 39 ms against a warm p50 of 20 ms: met
        assertEquals(List.of(), problems(snapStart, 5000, 39));
        assertEquals(List.of("1st call after the hooks 2.5× warm p50"), problems(snapStart, 5000, 50));
    }
}
