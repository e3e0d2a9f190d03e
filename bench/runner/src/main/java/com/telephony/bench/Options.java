package com.telephony.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Command-line options of {@code bench/run.sh}. */
record Options(Path root, int runs, int warm, Pattern only, Path out, boolean snapStart, boolean warmUp,
               List<String> jvmFlags, boolean check, Map<String, Path> also, boolean unpack, boolean raw,
               boolean cds, boolean jdkDefaults, boolean aotCache, String cpus) {
    static final String USAGE = """
            usage: bench/run.sh [--runs N] [--warm N] [--only REGEX] [--out FILE] [--snapstart] [--no-warmup]
                                [--jvm-flags "FLAGS"] [--jdk-defaults] [--also FUNCTION@LABEL=JAR]
                                [--layout task|jar] [--raw] [--cds] [--aot-cache] [--cpus LIST] [--check]
              --runs N        fresh JVMs per function (default 5, at least 5 for a reported median)
              --warm N        warm invocations per JVM after the first (default 1000)
              --only REGEX    measure only the functions whose name matches (the reference always runs)
              --out FILE      JSON results (default bench/target/results.json)
              --snapstart     run the CRaC hooks between init and the first call, as SnapStart does around its
                              snapshot: the first call then shows what a restored container pays
              --no-warmup     skip the unrecorded warm-up round (it warms the DynamoDB engine and the file cache)
              --jvm-flags F   extra flags for every child JVM, after the runtime's, e.g. "-Xlog:class+load";
                              "-Dbench.sampleFirstCall=DIR" samples where each first call spends its time (DIR/<pid>.txt)
              --jdk-defaults  start the child JVMs with the JDK's own defaults instead of the flags Lambda's java25
                              runtime starts them with (the default: -XX:+TieredCompilation
                              -XX:TieredStopAtLevel=1 -XX:+UseSerialGC on demand; with --snapstart, where the
                              runtime keeps full tiered compilation, -XX:+UseSerialGC)
              --also F@L=JAR  also measure function F from another artifact, reported as "F@L" in the same
                              rounds (before/after numbers of an optimization under the same load)
              --layout L      task (default): load the function from its artifact unpacked into a task root, as
                              Lambda does (/var/task); jar: load it straight from the jar
              --raw           also write every warm call's latency to the JSON file
              --cds           AppCDS: each variant's warm-up JVM dumps a dynamic class archive at exit
                              (-XX:ArchiveClassesAtExit), every recorded JVM maps it (-XX:SharedArchiveFile)
              --aot-cache     the JDK 25 AOT cache (JEP 483/514/515) instead: the warm-up JVM writes one at exit
                              (-XX:AOTCacheOutput), every recorded JVM uses it (-XX:AOTCache)
              --cpus LIST     pin every child JVM to these CPUs (taskset -c LIST, e.g. 0): a function with one
                              vCPU; the DynamoDB engine and the runner stay unpinned
              --check         exit 1 unless every function meets the targets
            """;

    /**
     * The JIT and GC flags Lambda's java25 runtime starts an on-demand container's JVM with (docs/performance.md
     * names the source): C1 only, serial collector. Its class path, CRaC property and its own AOT cache for the
     * runtime's classes are left out: the probe has its own class path, and the cache is the runtime's build.
     */
    static final List<String> LAMBDA_ON_DEMAND_FLAGS = List.of("-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC");
    /** With SnapStart (and provisioned concurrency) java25 keeps the JDK's full tiered compilation. */
    static final List<String> LAMBDA_SNAPSTART_FLAGS = List.of("-XX:+UseSerialGC");

    static Options parse(String[] args) {
        Path root = findRoot();
        int runs = 5;
        int warm = 1000;
        Pattern only = Pattern.compile(".*");
        Path out = null;
        boolean snapStart = false;
        boolean warmUp = true;
        boolean check = false;
        boolean unpack = true;
        boolean raw = false;
        boolean cds = false;
        boolean jdkDefaults = false;
        boolean aotCache = false;
        String cpus = null;
        List<String> jvmFlags = new ArrayList<>();
        Map<String, Path> also = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--warm" -> warm = Integer.parseInt(args[++i]);
                case "--only" -> only = Pattern.compile(args[++i]);
                case "--out" -> out = Path.of(args[++i]).toAbsolutePath();
                case "--snapstart" -> snapStart = true;
                case "--no-warmup" -> warmUp = false;
                case "--check" -> check = true;
                case "--raw" -> raw = true;
                case "--cds" -> cds = true;
                case "--aot-cache" -> {
                    cds = true;
                    aotCache = true;
                }
                case "--jvm-flags" -> jvmFlags.addAll(Arrays.asList(args[++i].trim().split("\\s+")));
                case "--jdk-defaults" -> jdkDefaults = true;
                case "--cpus" -> {
                    cpus = args[++i];
                    if (!cpus.matches("[0-9]+([-,][0-9]+)*")) {
                        throw new IllegalArgumentException("--cpus wants a CPU list as taskset reads it (0, 0-1, 0,2), got " + cpus);
                    }
                }
                case "--lambda-jvm" -> jdkDefaults = false; // the default since issue 16; kept for old commands
                case "--also" -> {
                    String[] spec = args[++i].split("=", 2);
                    if (spec.length != 2 || !spec[0].contains("@")) {
                        throw new IllegalArgumentException("--also wants FUNCTION@LABEL=JAR, got " + args[i]);
                    }
                    also.put(spec[0], Path.of(spec[1]).toAbsolutePath());
                }
                case "--layout" -> {
                    String layout = args[++i];
                    if (!layout.equals("task") && !layout.equals("jar")) {
                        throw new IllegalArgumentException("--layout is task or jar, got " + layout);
                    }
                    unpack = layout.equals("task");
                }
                case "--root" -> root = Path.of(args[++i]).toAbsolutePath().normalize();
                case "-h", "--help" -> {
                    System.out.print(USAGE);
                    System.exit(0);
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
            }
        }
        if (cds && !warmUp) {
            throw new IllegalArgumentException("--cds and --aot-cache dump their archives in the warm-up round: drop --no-warmup");
        }
        if (runs < 1 || warm < 0) {
            throw new IllegalArgumentException("--runs must be at least 1 and --warm at least 0");
        }
        List<String> flags = new ArrayList<>(jdkDefaults ? List.of()
                : snapStart ? LAMBDA_SNAPSTART_FLAGS : LAMBDA_ON_DEMAND_FLAGS);
        flags.addAll(jvmFlags);
        return new Options(root, runs, warm, only,
                out != null ? out : root.resolve("bench/target/results.json"), snapStart, warmUp,
                List.copyOf(flags), check, Map.copyOf(also), unpack, raw, cds, jdkDefaults, aotCache, cpus);
    }

    private static Path findRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("infra/template.yaml")) && Files.isDirectory(dir.resolve("bench"))) {
                return dir;
            }
        }
        throw new IllegalStateException("run from the repository (infra/template.yaml not found)");
    }
}
