package com.telephony.dynamodbengine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the engine lives: the Node package {@code infra/dynamodb-engine} (dynalite plus our extension, installed
 * by {@code npm ci} from its lock file) and the Node.js binary that runs it.
 */
final class EngineHome {

    static final String PROPERTY = "dynamodb.engine.home";
    static final String ENV = "DYNAMODB_ENGINE_HOME";
    static final String NODE_PROPERTY = "dynamodb.engine.node";
    static final String NODE_ENV = "DYNAMODB_ENGINE_NODE";
    static final Path IN_REPO = Path.of("infra", "dynamodb-engine");
    /** dynalite 4 needs Node.js 20 or newer (its package.json engines field). */
    static final int MIN_NODE_MAJOR = 20;

    private static final Pattern NODE_VERSION = Pattern.compile("v(\\d+)\\.\\d+\\.\\d+");

    final Path dir;
    final String node;
    final String nodeVersion;

    private EngineHome(Path dir, String node, String nodeVersion) {
        this.dir = dir;
        this.node = node;
        this.nodeVersion = nodeVersion;
    }

    /** System property, then environment variable, then the repository checkout around the working directory. */
    static EngineHome locate() {
        Path dir = engineDir();
        if (!Files.isRegularFile(dir.resolve("node_modules").resolve("dynalite").resolve("package.json"))) {
            throw new IllegalStateException("the DynamoDB engine's packages are not installed in " + dir
                    + ": run `npm ci` there (./mvnw package does it), with Node.js " + MIN_NODE_MAJOR + " or newer");
        }
        String node = nodeExecutable();
        return new EngineHome(dir, node, checkedNodeVersion(node));
    }

    Path server() {
        return dir.resolve("server.js");
    }

    private static Path engineDir() {
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            return existing(Path.of(property), "system property " + PROPERTY);
        }
        String env = System.getenv(ENV);
        if (env != null && !env.isBlank()) {
            return existing(Path.of(env), "environment variable " + ENV);
        }
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(IN_REPO);
            if (Files.isRegularFile(candidate.resolve("server.js"))) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("DynamoDB engine not found: set -D" + PROPERTY + " or " + ENV
                + " to the repository's infra/dynamodb-engine, or run from inside the repository");
    }

    private static Path existing(Path dir, String source) {
        if (!Files.isRegularFile(dir.resolve("server.js"))) {
            throw new IllegalStateException("no server.js in " + dir + " (from " + source + ")");
        }
        return dir.toAbsolutePath().normalize();
    }

    private static String nodeExecutable() {
        String property = System.getProperty(NODE_PROPERTY);
        if (property != null && !property.isBlank()) {
            return property;
        }
        String env = System.getenv(NODE_ENV);
        return env != null && !env.isBlank() ? env : "node";
    }

    private static String checkedNodeVersion(String node) {
        String version;
        try {
            Process process = new ProcessBuilder(node, "--version").redirectErrorStream(true).start();
            version = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new IllegalStateException("Node.js (" + node + ") is needed to run the DynamoDB engine and could not"
                    + " be started: install Node.js " + MIN_NODE_MAJOR + " or newer (see README), or point "
                    + NODE_ENV + " at it", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking " + node + " for its version", e);
        }
        Matcher matcher = NODE_VERSION.matcher(version);
        if (!matcher.find() || Integer.parseInt(matcher.group(1)) < MIN_NODE_MAJOR) {
            throw new IllegalStateException("the DynamoDB engine (dynalite 4) needs Node.js " + MIN_NODE_MAJOR
                    + " or newer; " + node + " is " + version + " (see README for how to install it, or point "
                    + NODE_ENV + " at a newer one)");
        }
        return matcher.group();
    }
}
