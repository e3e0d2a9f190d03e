package com.telephony.dynamodblocal;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * DynamoDB Local running as a child JVM.
 *
 * <p>It is a separate process, not an in-process server, because the engine's dependencies (Jetty 12.0,
 * Netty 4.1, AWS SDK 2.25, Jackson 2.12, ...) clash with the application's; the child gets exactly the
 * classpath infra/dynamodb-local unpacked for it.
 */
public final class DynamoDbLocal implements AutoCloseable {

    private static final String SERVER_MAIN = "com.amazonaws.services.dynamodbv2.local.main.ServerRunner";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);
    private static final int LOG_TAIL_CHARS = 4_000;

    private final Process process;
    private final int port;
    private final String description;
    private final Thread shutdownHook;
    private boolean closed;

    private DynamoDbLocal(Process process, int port, String description) {
        this.process = process;
        this.port = port;
        this.description = description;
        this.shutdownHook = new Thread(this::stopProcess, "dynamodb-local-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts the engine and returns once its port accepts connections.
     *
     * @param port the port to listen on, or 0 for a free one
     * @param dataDirOrNull where to keep the database file (created if missing), or null to keep it in memory
     */
    public static DynamoDbLocal start(int port, Path dataDirOrNull) {
        EngineHome home = EngineHome.locate();
        int actualPort = port == 0 ? freePort() : port;
        if (accepts(actualPort)) {
            // otherwise the readiness check below would mistake the other server for the engine
            throw new IllegalStateException("port " + actualPort + " is already in use; DynamoDB Local needs a free one");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dsqlite4java.library.path=" + home.nativeLibs(),
                "-cp", home.lib() + File.separator + "*",
                SERVER_MAIN,
                "-port", Integer.toString(actualPort),
                "-sharedDb", // one set of tables whatever region and credentials a client uses
                "-disableTelemetry")); // no calls home from tests or CI
        String storage;
        if (dataDirOrNull == null) {
            command.add("-inMemory");
            storage = "in memory";
        } else {
            Path dataDir = createDirectories(dataDirOrNull.toAbsolutePath());
            command.add("-dbPath");
            command.add(dataDir.toString());
            storage = "data in " + dataDir;
        }
        Path log = newLogFile(home, actualPort);
        Process process = launch(command, log);
        String description = "DynamoDB Local " + home.version + " (child process, " + storage + ", port " + actualPort + ")";
        DynamoDbLocal engine = new DynamoDbLocal(process, actualPort, description);
        try {
            awaitPort(process, actualPort, log);
        } catch (RuntimeException e) {
            engine.close();
            throw e;
        }
        return engine;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** For logs and test output, e.g. {@code DynamoDB Local 2.6.1 (child process, in memory, port 43121)}. */
    public String description() {
        return description;
    }

    /** Stops the engine and waits for it to exit. */
    @Override
    public void close() {
        stopProcess();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException jvmAlreadyShuttingDown) {
            // the hook is running or about to run stopProcess, which is idempotent
        }
    }

    private synchronized void stopProcess() {
        if (closed) {
            return;
        }
        closed = true;
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static Process launch(List<String> command, Path log) {
        try {
            // Output goes straight to a file: the child can never block on a full pipe, and nothing needs draining.
            return new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start DynamoDB Local: " + String.join(" ", command), e);
        }
    }

    private static void awaitPort(Process process, int port, Path log) {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!accepts(port)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("DynamoDB Local exited with code " + process.exitValue()
                        + " before listening on port " + port + "; its output (" + log + "):\n" + tail(log));
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("DynamoDB Local did not listen on port " + port + " within "
                        + START_TIMEOUT.toSeconds() + " s; its output (" + log + "):\n" + tail(log));
            }
            sleep(Duration.ofMillis(100));
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1_000);
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    /** A port free right now; the engine binds it a moment later, a race lost only to a busy machine. */
    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find a free port", e);
        }
    }

    private static Path newLogFile(EngineHome home, int port) {
        try {
            return Files.createTempFile(createDirectories(home.logs()), "engine-port" + port + "-", ".log");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a log file under " + home.logs(), e);
        }
    }

    private static Path createDirectories(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }

    private static String tail(Path log) {
        try {
            String text = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
            return text.length() <= LOG_TAIL_CHARS ? text : "..." + text.substring(text.length() - LOG_TAIL_CHARS);
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for DynamoDB Local", e);
        }
    }
}
