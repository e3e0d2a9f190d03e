package com.telephony.bench.probe;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Diagnostic, off by default: samples the main thread's stack about every millisecond while the first call's
 * {@code handleRequest} runs, and writes a histogram of where it was to a file. A first call after the SnapStart
 * hooks takes ≈ 50 ms, too short for a profiler started with the JVM to say anything about; this answers "which of
 * our frames and which of the SDK's" in one run. Sampling needs a handshake with the sampled thread, so the call is
 * a little slower while it runs: use it to find where the time goes, never for the figures.
 *
 * <p>Enabled with {@code -Dbench.sampleFirstCall=DIR} (through {@code bench/run.sh --jvm-flags}); each probe writes
 * {@code DIR/<pid>.txt}: per sample, the innermost frame of our code ({@code com.telephony}) and the innermost frame
 * overall, then both counted.
 */
final class FirstCallSampler implements AutoCloseable {
    private static final String PROPERTY = "bench.sampleFirstCall";

    private final Thread sampled;
    private final Thread sampler;
    private final Map<String, Integer> ours = new HashMap<>();
    private final Map<String, Integer> innermost = new HashMap<>();
    private final Map<String, Integer> pairs = new HashMap<>();
    private volatile boolean running = true;
    private int samples;

    private FirstCallSampler(Thread sampled) {
        this.sampled = sampled;
        this.sampler = new Thread(this::sample, "first-call-sampler");
        this.sampler.setDaemon(true);
        this.sampler.start();
    }

    /** A sampler of the current thread, or none when the property is not set. */
    static FirstCallSampler startIfEnabled() {
        return System.getProperty(PROPERTY) == null ? null : new FirstCallSampler(Thread.currentThread());
    }

    private void sample() {
        while (running) {
            StackTraceElement[] stack = sampled.getStackTrace();
            if (stack.length > 0) {
                String top = frame(stack[0]);
                String own = "(none)";
                for (StackTraceElement element : stack) {
                    if (element.getClassName().startsWith("com.telephony.") && !element.getClassName().startsWith("com.telephony.bench.")) {
                        own = frame(element);
                        break;
                    }
                }
                synchronized (this) {
                    samples++;
                    ours.merge(own, 1, Integer::sum);
                    innermost.merge(top, 1, Integer::sum);
                    pairs.merge(own + "  <-  " + top, 1, Integer::sum);
                }
            }
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static String frame(StackTraceElement element) {
        return element.getClassName() + "." + element.getMethodName() + ":" + element.getLineNumber();
    }

    @Override
    public void close() throws IOException {
        running = false;
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String report;
        synchronized (this) {
            report = "samples " + samples + "\n\n# innermost frame of com.telephony\n" + histogram(ours)
                    + "\n# innermost frame\n" + histogram(innermost)
                    + "\n# ours <- innermost\n" + histogram(pairs);
        }
        Path dir = Path.of(System.getProperty(PROPERTY));
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(ProcessHandle.current().pid() + ".txt"), report, StandardCharsets.UTF_8);
    }

    private static String histogram(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(40)
                .map(entry -> String.format("%5d  %s", entry.getValue(), entry.getKey()))
                .collect(Collectors.joining("\n", "", "\n"));
    }
}
