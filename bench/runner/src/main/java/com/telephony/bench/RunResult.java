package com.telephony.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One fresh JVM's numbers. Times are wall-clock microseconds on this machine: {@code launch} is taken by the runner
 * just before it starts the JVM, the rest by the probe inside it.
 */
record RunResult(int round, double loadAverage, long launchMicros, long initDoneMicros, long runtimeReadyMicros,
                 long firstStartMicros,
                 long firstDoneMicros, long primeMicros, int primedResources, int classesAtFirstResponse,
                 long cpuMicrosAtFirstResponse, long cpuMicrosAtEnd,
                 boolean firstSucceeded, String firstAnswer, int warmFailures, String firstWarmFailure,
                 List<Long> warmNanos, List<String> stderr, int classesBeforeFirstCall, long firstHandleNanos) {

    @SuppressWarnings("unchecked")
    static RunResult parse(int round, double loadAverage, long launchMicros, String json, List<String> stderr) {
        Map<String, Object> probe = JsonIo.readObject(json);
        List<Long> warm = new ArrayList<>();
        for (Object nanos : (List<Object>) probe.get("warmNanos")) {
            warm.add(((Number) nanos).longValue());
        }
        return new RunResult(round, loadAverage, launchMicros, number(probe, "initDoneMicros"),
                number(probe, "runtimeReadyMicros"), number(probe, "firstStartMicros"), number(probe, "firstDoneMicros"), number(probe, "primeMicros"),
                (int) number(probe, "primedResources"), (int) number(probe, "classesAtFirstResponse"),
                number(probe, "cpuMicrosAtFirstResponse"), number(probe, "cpuMicrosAtEnd"),
                Boolean.TRUE.equals(probe.get("firstSucceeded")), (String) probe.get("firstAnswer"),
                (int) number(probe, "warmFailures"), (String) probe.get("firstWarmFailure"), List.copyOf(warm),
                List.copyOf(stderr), (int) number(probe, "classesBeforeFirstCall"), number(probe, "firstHandleNanos"));
    }

    private static long number(Map<String, Object> probe, String name) {
        return ((Number) probe.get(name)).longValue();
    }

    /** JVM start to handler constructed: Lambda's Init Duration plus the JVM's own start. */
    double initMs() {
        return (initDoneMicros - launchMicros) / 1000.0;
    }

    /** The runtime's own part of init after the constructor: its event and response serializers. */
    double runtimeSetupMs() {
        return (runtimeReadyMicros - initDoneMicros) / 1000.0;
    }

    /** The first invocation alone: decode, handleRequest, encode. */
    double firstInvokeMs() {
        return (firstDoneMicros - firstStartMicros) / 1000.0;
    }

    /** JVM start to the first answer: what the first caller waits for (with --snapstart, includes the priming). */
    double firstResponseMs() {
        return (firstDoneMicros - launchMicros) / 1000.0;
    }

    /** CPU time of the whole process up to the first answer: less sensitive to other load than wall time. */
    double cpuMs() {
        return cpuMicrosAtFirstResponse / 1000.0;
    }

    /**
     * CPU of every thread (JIT and GC included) per warm call, the runtime's decoding and encoding included: unlike
     * wall time it leaves out the wait for the DynamoDB engine, whose latency and noise dwarf a function's own cost.
     */
    double warmCpuMsPerCall() {
        return warmNanos.isEmpty() ? Double.NaN
                : (cpuMicrosAtEnd - cpuMicrosAtFirstResponse) / 1000.0 / warmNanos.size();
    }

    /** The first call's handleRequest alone (what the warm p50 also times): the runtime's decoding left out. */
    double firstHandleMs() {
        return firstHandleNanos / 1e6;
    }

    /** The first handleRequest over this JVM's warm p50: what a restored container pays (SnapStart target ≤ 2). */
    double firstCallOverWarmP50() {
        return firstHandleMs() / warmP50Ms();
    }

    /** Classes the first call loads: after init (and after the CRaC hooks with --snapstart). */
    int classesLoadedByFirstCall() {
        return classesAtFirstResponse - classesBeforeFirstCall;
    }

    double warmP50Ms() {
        return Stats.percentile(warmNanos, 50) / 1e6;
    }

    double warmP99Ms() {
        return Stats.percentile(warmNanos, 99) / 1e6;
    }

    boolean allSucceeded() {
        return firstSucceeded && warmFailures == 0;
    }
}
