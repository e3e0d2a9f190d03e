package com.telephony.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Starts one fresh JVM per run, as Lambda starts a container: the probe on the class path, the runtime's CRaC
 * compat property on the command line, the function's artifact unpacked into a task root as Lambda unpacks it into
 * {@code /var/task} (or, with {@code --layout jar}, the jar itself), and an environment built like Lambda's: nothing
 * inherited but the basics, Lambda's own variables, the template's variables (JAVA_TOOL_OPTIONS included,
 * {@code /var/task} mapped to the local task root), and the local DynamoDB.
 */
final class Launcher {
    private static final String PROBE_MAIN = "com.telephony.bench.probe.Probe";
    private static final String RESULT_MARKER = "@@probe-result ";
    private static final String TASK_ROOT = "/var/task";
    private static final long TIMEOUT_MINUTES = 10;

    private final Path java;
    private final Path probeJar;
    private final List<String> jvmFlags;
    private final Map<String, String> storage;
    private final Path workDir;
    private final boolean snapStart;
    private final boolean unpack;
    private final boolean cds;
    private final boolean aotCache;
    /** {@code taskset}'s CPU list, or null: the child JVMs may run on every CPU. */
    private final String cpus;

    Launcher(Path java, Path probeJar, List<String> jvmFlags, Map<String, String> storage, Path workDir,
             boolean snapStart, boolean unpack, boolean cds, boolean aotCache, String cpus) {
        this.java = java;
        this.probeJar = probeJar;
        this.jvmFlags = List.copyOf(jvmFlags);
        this.storage = Map.copyOf(storage);
        this.workDir = workDir;
        this.snapStart = snapStart;
        this.unpack = unpack;
        this.cds = cds;
        this.aotCache = aotCache;
        this.cpus = cpus;
        if (cds) {
            deleteArchives();
        }
    }

    RunResult run(Variant variant, Path events, int round) {
        Path taskRoot = unpack ? unpacked(variant) : variant.artifact();
        List<String> command = new ArrayList<>();
        if (cpus != null) {
            command.addAll(List.of("taskset", "-c", cpus));
        }
        command.add(java.toString());
        command.addAll(jvmFlags);
        if (cds) {
            command.add(cdsFlag(variant));
        }
        // Lambda's java25 command line carries this too; registrations then reach the probe's stand-in.
        command.add("-Dorg.crac.Core.Compat=com.telephony.bench.probe.crac");
        command.add("-cp");
        command.add(probeJar.toString());
        command.add(PROBE_MAIN);
        command.add(taskRoot.toString());
        command.add(variant.handlerClass());
        command.add(events.toString());
        if (snapStart) {
            command.add("--snapstart");
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment(variant, unpack ? taskRoot : unpacked(variant)));
        Path stderrFile = workDir.resolve("logs").resolve(fileName(variant.name()) + "-round" + round + ".stderr");
        builder.redirectError(stderrFile.toFile());
        double load = MachineInfo.loadAverage();
        try {
            Files.createDirectories(stderrFile.getParent());
            long launch = nowMicros();
            Process process = builder.start();
            String result = readResult(process.getInputStream());
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(variant.name() + " did not finish in " + TIMEOUT_MINUTES + " min");
            }
            List<String> stderr = Files.readAllLines(stderrFile);
            if (process.exitValue() != 0 || result == null) {
                throw new IllegalStateException(variant.name() + " failed (exit " + process.exitValue() + "); stderr "
                        + stderrFile + ":\n" + String.join("\n", stderr.subList(0, Math.min(40, stderr.size()))));
            }
            return RunResult.parse(round, load, launch, result, stderr);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private Map<String, String> environment(Variant variant, Path taskRoot) {
        Map<String, String> env = new LinkedHashMap<>();
        for (String inherited : List.of("PATH", "HOME", "LANG", "TZ")) {
            String value = System.getenv(inherited);
            if (value != null) {
                env.put(inherited, value);
            }
        }
        // what the Lambda service sets in every java25 container
        env.put("AWS_EXECUTION_ENV", "AWS_Lambda_java25");
        env.put("AWS_LAMBDA_FUNCTION_NAME", fileName(variant.name()));
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "1024");
        env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        env.put("AWS_REGION", storage.get("TELEPHONY_DYNAMODB_REGION"));
        env.put("AWS_DEFAULT_REGION", storage.get("TELEPHONY_DYNAMODB_REGION"));
        env.put("LAMBDA_TASK_ROOT", taskRoot.toString());
        env.put("_HANDLER", variant.handlerClass() + "::handleRequest");
        env.put("AWS_LAMBDA_INITIALIZATION_TYPE", snapStart ? "snap-start" : "on-demand");
        variant.environment().forEach((name, value) -> env.put(name, value.replace(TASK_ROOT, taskRoot.toString())));
        env.putAll(storage);
        return env;
    }

    /**
     * AppCDS (docs/performance.md): the variant's first JVM of this benchmark (the unrecorded warm-up round) dumps
     * the classes it loaded into a dynamic archive at exit; every later JVM maps that archive.
     */
    private String cdsFlag(Variant variant) {
        if (aotCache) {
            // JDK 25's AOT cache: written at the training JVM's exit, by a child JVM the JVM starts itself
            Path cache = archiveDir().resolve(fileName(variant.name()) + ".aot");
            return Files.isRegularFile(cache) ? "-XX:AOTCache=" + cache : "-XX:AOTCacheOutput=" + cache;
        }
        Path archive = archiveDir().resolve(fileName(variant.name()) + ".jsa");
        return Files.isRegularFile(archive) ? "-XX:SharedArchiveFile=" + archive
                : "-XX:ArchiveClassesAtExit=" + archive;
    }

    /** Archives of an earlier benchmark describe earlier artifacts: every --cds run dumps its own. */
    private void deleteArchives() {
        try {
            Files.createDirectories(archiveDir());
            try (var archives = Files.list(archiveDir())) {
                for (Path archive : archives.toList()) {
                    Files.delete(archive);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + archiveDir(), e);
        }
    }

    private Path archiveDir() {
        return workDir.resolve("cds");
    }

    /** The artifact as Lambda unpacks it into /var/task, for flags that name files inside it. */
    private Path unpacked(Variant variant) {
        Path dir = workDir.resolve("task").resolve(fileName(variant.name()));
        Path stamp = dir.resolve(".unpacked-from");
        try {
            String source = variant.artifact() + "@" + Files.getLastModifiedTime(variant.artifact()).toMillis();
            if (Files.isRegularFile(stamp) && Files.readString(stamp).equals(source)) {
                return dir;
            }
            // Empty first: a file an earlier artifact had and this one has not must not stay on the class path.
            deleteTree(dir);
            Files.createDirectories(dir);
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(variant.artifact()))) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    Path target = dir.resolve(entry.getName()).normalize();
                    if (!target.startsWith(dir)) {
                        throw new IllegalStateException("entry outside the task root: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            Files.writeString(stamp, source);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack " + variant.artifact(), e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path); // children before their directory
            }
        }
    }

    private static String readResult(InputStream stdout) throws IOException {
        String result = null;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stdout, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith(RESULT_MARKER)) {
                    result = line.substring(RESULT_MARKER.length());
                }
            }
        }
        return result;
    }

    static String fileName(String name) {
        return name.replaceAll("[^A-Za-z0-9.-]+", "-").replaceAll("^-|-$", "");
    }

    static long nowMicros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
    }
}
