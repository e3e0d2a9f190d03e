package com.telephony.bench.probe;

import com.telephony.lambda.context.InvocationContext;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One cold start, measured: the child JVM the benchmark launches per run. It does what Lambda's Java runtime does
 * and nothing more: the JVM class path holds only the runtime's own jars (aws-lambda-java-core and -serialization,
 * as on Lambda), the function is loaded from its artifact alone by a parent-first {@link URLClassLoader} laid out
 * as Lambda's {@code CustomerClassLoader} (the artifact unpacked into a task root, as Lambda unpacks it into
 * {@code /var/task}: the root directory, then {@code lib/*.jar}), or straight from the jar; its handler is built
 * with the no-arg constructor, and each event is decoded and each answer encoded with the runtime's own serializer.
 * CRaC registrations go to {@link com.telephony.bench.probe.crac} as on Lambda they go to the runtime's
 * ({@code -Dorg.crac.Core.Compat}).
 *
 * <pre>java -Dorg.crac.Core.Compat=com.telephony.bench.probe.crac -cp bench-probe.jar com.telephony.bench.probe.Probe
 *      TASK_ROOT_OR_JAR HANDLER_CLASS EVENTS_FILE [--snapstart]</pre>
 *
 * The events file holds one API Gateway event per line: the first is the cold invocation, the rest the warm ones.
 * With {@code --snapstart} the registered CRaC resources run their checkpoint and restore hooks right after init,
 * as SnapStart runs them before the snapshot; the first invocation then shows what a restored container pays.
 * Prints one line, {@value #RESULT_MARKER} followed by a JSON object, on standard output.
 */
public final class Probe {
    public static final String RESULT_MARKER = "@@probe-result ";
    private static final String EVENT_CLASS = "com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent";
    private static final String RESPONSE_CLASS = "com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse";
    private static final Pattern STATUS = Pattern.compile("\"statusCode\"\\s*:\\s*(\\d+)");

    private Probe() {
    }

    public static void main(String[] args) throws Exception {
        Path code = Path.of(args[0]);
        String handlerClass = args[1];
        Path events = Path.of(args[2]);
        boolean snapStart = args.length > 3 && "--snapstart".equals(args[3]);

        // ---- init: what Lambda bills as Init Duration (plus the JVM's own start before main)
        URLClassLoader functionLoader = new URLClassLoader(codeUrls(code), ClassLoader.getSystemClassLoader());
        Thread.currentThread().setContextClassLoader(functionLoader);
        Object instance = Class.forName(handlerClass, true, functionLoader).getConstructor().newInstance();
        @SuppressWarnings("unchecked")
        RequestHandler<Object, Object> handler = (RequestHandler<Object, Object>) instance;
        long initDone = nowMicros();

        // The runtime makes the event and response serializers right after constructing the handler, still in init
        // (aws-lambda-java-runtime-interface-client, EventHandlerLoader.PojoHandlerAsStreamHandler).
        @SuppressWarnings("unchecked")
        PojoSerializer<Object> in = (PojoSerializer<Object>) LambdaEventSerializers
                .serializerFor(functionLoader.loadClass(EVENT_CLASS), functionLoader);
        @SuppressWarnings("unchecked")
        PojoSerializer<Object> out = (PojoSerializer<Object>) LambdaEventSerializers
                .serializerFor(functionLoader.loadClass(RESPONSE_CLASS), functionLoader);
        long runtimeReady = nowMicros();

        long primeMicros = 0;
        int primed = 0;
        if (snapStart) {
            long before = nowMicros();
            primed = com.telephony.bench.probe.crac.Core.checkpointRestore();
            primeMicros = nowMicros() - before;
        }

        // ---- first invocation: decode, handle, encode, as the runtime does
        try (BufferedReader reader = Files.newBufferedReader(events, StandardCharsets.UTF_8)) {
            int classesBeforeFirstCall = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
            long firstStart = nowMicros();
            Context context = new InvocationContext(handlerClass, "bench-0", "bench", System.err);
            Object firstEvent = in.fromJson(reader.readLine());
            FirstCallSampler sampler = FirstCallSampler.startIfEnabled();
            long handleStart = System.nanoTime();
            Object firstResponse = handler.handleRequest(firstEvent, context);
            long firstHandleNanos = System.nanoTime() - handleStart;
            if (sampler != null) {
                sampler.close();
            }
            String firstAnswer = encode(out, firstResponse);
            long firstDone = nowMicros();
            int classesAtFirstResponse = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
            // CPU of every thread (JIT and GC included) up to the first answer: steadier than wall time on a busy machine
            long cpuAtFirstResponse = processCpuMicros();

            // ---- warm invocations: only handleRequest is timed; decoding and encoding are the runtime's, not ours
            List<Long> warmNanos = new ArrayList<>();
            int warmFailures = 0;
            String firstFailure = null;
            int n = 1;
            for (String line = reader.readLine(); line != null; line = reader.readLine(), n++) {
                Object event = in.fromJson(line);
                Context warmContext = new InvocationContext(handlerClass, "bench-" + n, "bench", System.err);
                long start = System.nanoTime();
                Object response = handler.handleRequest(event, warmContext);
                warmNanos.add(System.nanoTime() - start);
                String answer = encode(out, response);
                if (!succeeded(answer)) {
                    warmFailures++;
                    if (firstFailure == null) {
                        firstFailure = answer;
                    }
                }
            }
            long cpuAtEnd = processCpuMicros();
            if (handler instanceof AutoCloseable closeable) {
                closeable.close();
            }
            System.out.println(RESULT_MARKER + new ResultJson()
                    .number("initDoneMicros", initDone)
                    .number("runtimeReadyMicros", runtimeReady)
                    .number("firstStartMicros", firstStart)
                    .number("firstDoneMicros", firstDone)
                    .number("primeMicros", primeMicros)
                    .number("primedResources", primed)
                    .number("classesAtFirstResponse", classesAtFirstResponse)
                    .number("classesBeforeFirstCall", classesBeforeFirstCall)
                    .number("firstHandleNanos", firstHandleNanos)
                    .number("cpuMicrosAtFirstResponse", cpuAtFirstResponse)
                    .number("cpuMicrosAtEnd", cpuAtEnd)
                    .bool("firstSucceeded", succeeded(firstAnswer))
                    .string("firstAnswer", firstAnswer)
                    .number("warmFailures", warmFailures)
                    .string("firstWarmFailure", firstFailure)
                    .numbers("warmNanos", warmNanos)
                    .end());
        }
    }

    /** Lambda's order: the task root itself, then its lib/*.jar sorted by name; or just the jar. */
    private static URL[] codeUrls(Path code) throws IOException {
        List<URL> urls = new ArrayList<>();
        urls.add(code.toUri().toURL());
        Path lib = code.resolve("lib");
        if (Files.isDirectory(lib)) {
            try (var jars = Files.list(lib)) {
                for (Path jar : jars.filter(j -> j.toString().endsWith(".jar")).sorted().toList()) {
                    urls.add(jar.toUri().toURL());
                }
            }
        }
        return urls.toArray(new URL[0]);
    }

    private static String encode(PojoSerializer<Object> serializer, Object response) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        serializer.toJson(response, bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** A 2xx answer: anything else means the scenario did not exercise the function's success path. */
    private static boolean succeeded(String answer) {
        Matcher status = STATUS.matcher(answer);
        return status.find() && status.group(1).startsWith("2") && status.group(1).length() == 3;
    }

    /** CPU time of every thread of this process (JIT and GC included), in microseconds. */
    private static long processCpuMicros() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000;
    }

    /** Wall-clock microseconds, comparable with the parent's launch time (same machine, same clock). */
    static long nowMicros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
    }
}
