package com.telephony.dynamodblocal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The directory infra/dynamodb-local unpacks the engine into: {@code lib/} (DynamoDB Local and its own
 * dependencies, the child process's classpath) and {@code native/} (sqlite4java's native libraries).
 */
final class EngineHome {

    static final String PROPERTY = "dynamodb.local.home";
    static final String ENV = "DYNAMODB_LOCAL_HOME";
    static final Path IN_REPO = Path.of("infra", "dynamodb-local", "target", "dynamodb-local");
    static final String BUILD_COMMAND = "./mvnw -q -pl infra/dynamodb-local package";

    private static final String ENGINE_JAR_PREFIX = "DynamoDBLocal-";

    final Path dir;
    final String version;

    private EngineHome(Path dir, String version) {
        this.dir = dir;
        this.version = version;
    }

    /** System property, then environment variable, then the repository checkout around the working directory. */
    static EngineHome locate() {
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            return at(Path.of(property), "system property " + PROPERTY);
        }
        String env = System.getenv(ENV);
        if (env != null && !env.isBlank()) {
            return at(Path.of(env), "environment variable " + ENV);
        }
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(IN_REPO);
            if (Files.isDirectory(candidate)) {
                return at(candidate, "the checkout around " + start);
            }
        }
        throw new IllegalStateException("DynamoDB Local engine not found: set -D" + PROPERTY + " or " + ENV
                + ", or build it in the repository with: " + BUILD_COMMAND);
    }

    static EngineHome at(Path dir, String source) {
        Path lib = dir.resolve("lib");
        try (Stream<Path> jars = Files.isDirectory(lib) ? Files.list(lib) : Stream.empty()) {
            String version = jars.map(jar -> jar.getFileName().toString())
                    .filter(name -> name.startsWith(ENGINE_JAR_PREFIX) && name.endsWith(".jar"))
                    .map(name -> name.substring(ENGINE_JAR_PREFIX.length(), name.length() - ".jar".length()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("DynamoDB Local engine not found in " + lib
                            + " (from " + source + "); build it with: " + BUILD_COMMAND));
            return new EngineHome(dir.toAbsolutePath().normalize(), version);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the DynamoDB Local engine home " + dir, e);
        }
    }

    Path lib() {
        return dir.resolve("lib");
    }

    Path nativeLibs() {
        return dir.resolve("native");
    }

    Path logs() {
        return dir.resolve("logs");
    }
}
