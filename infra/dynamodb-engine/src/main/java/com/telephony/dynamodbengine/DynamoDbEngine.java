package com.telephony.dynamodbengine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The project's DynamoDB engine, running as a Node.js child process: dynalite (Apache-2.0) plus our own
 * TransactWriteItems and time-to-live settings ({@code infra/dynamodb-engine}, see its README).
 *
 * <p>In memory by default; with a data directory it keeps tables in LevelDB there, across restarts.
 */
public final class DynamoDbEngine implements AutoCloseable {

    private static final String LOOPBACK = "127.0.0.1";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);
    private static final int OUTPUT_TAIL_LINES = 40;
    /** The one line server.js prints once it listens. */
    private static final Pattern LISTENING = Pattern.compile("^dynamodb-engine listening on port (\\d+) \\((.*)\\)$");

    private final Process process;
    private final String host;
    private final int port;
    private final String description;
    private final Thread shutdownHook;
    private boolean closed;

    private DynamoDbEngine(Process process, String host, int port, String description) {
        this.process = process;
        this.host = host;
        this.port = port;
        this.description = description;
        this.shutdownHook = new Thread(this::stopProcess, "dynamodb-engine-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts the engine with our extensions and returns once it listens.
     *
     * @param port the port to listen on, or 0 for a free one
     * @param dataDirOrNull where to keep the tables (created if missing), or null to keep them in memory
     */
    public static DynamoDbEngine start(int port, Path dataDirOrNull) {
        return start(LOOPBACK, port, dataDirOrNull, true);
    }

    /**
     * As {@link #start(int, Path)}, listening on the given address: {@code 0.0.0.0} lets containers reach it
     * ({@code sam local invoke} calls the host through Docker's bridge, not through the loopback interface).
     */
    public static DynamoDbEngine start(String host, int port, Path dataDirOrNull) {
        return start(host, port, dataDirOrNull, true);
    }

    /**
     * Starts plain dynalite, without our extensions: TransactWriteItems is then unknown, as upstream. Only for the
     * test that shows the conformance suite catches a missing transaction implementation.
     */
    public static DynamoDbEngine startWithoutExtensions(int port) {
        return start(LOOPBACK, port, null, false);
    }

    private static DynamoDbEngine start(String host, int port, Path dataDirOrNull, boolean extensions) {
        EngineHome home = EngineHome.locate();
        int actualPort = port == 0 ? freePort() : port;
        List<String> command = new ArrayList<>(List.of(home.node, home.server().toString(),
                "--port", Integer.toString(actualPort), "--host", host));
        if (dataDirOrNull != null) {
            command.add("--path");
            command.add(createDirectories(dataDirOrNull.toAbsolutePath()).toString());
        }
        if (!extensions) {
            command.add("--no-extensions");
        }
        Process process = launch(command, home.dir);
        OutputWatcher output = new OutputWatcher(process);
        String listening;
        try {
            listening = output.awaitListening(START_TIMEOUT);
        } catch (RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
        return new DynamoDbEngine(process, host, actualPort,
                "dynalite engine " + listening + ", Node.js " + home.nodeVersion + ", child process pid " + process.pid());
    }

    public URI endpoint() {
        // a wildcard address listens on loopback too; any other is called where it listens
        boolean wildcard = host.equals("0.0.0.0") || host.equals("::");
        return URI.create("http://" + (wildcard ? LOOPBACK : host) + ":" + port);
    }

    /** For logs and test output, e.g. {@code dynalite engine (dynalite 4.0.0, in memory, extensions on), ...}. */
    public String description() {
        return description;
    }

    /** Stops the engine (it closes its LevelDB store first) and waits for it to exit. */
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
        process.destroy(); // SIGTERM: server.js closes the store, so a data directory is complete on disk
        try {
            if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static Process launch(List<String> command, Path workingDir) {
        try {
            return new ProcessBuilder(command).directory(workingDir.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the DynamoDB engine: " + String.join(" ", command), e);
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

    private static Path createDirectories(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }

    /**
     * Reads the child's output for its whole life on a daemon thread: the pipe never fills (which would block the
     * engine), the start-up line is recognised, and the last lines are at hand when the start fails.
     */
    private static final class OutputWatcher {

        private final Process process;
        private final CompletableFuture<String> listening = new CompletableFuture<>();
        private final List<String> tail = new ArrayList<>();

        OutputWatcher(Process process) {
            this.process = process;
            Thread reader = new Thread(this::read, "dynamodb-engine-output-" + process.pid());
            reader.setDaemon(true);
            reader.start();
        }

        private void read() {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    Matcher matcher = LISTENING.matcher(line);
                    if (!listening.isDone() && matcher.matches()) {
                        listening.complete("(" + matcher.group(2) + ", port " + matcher.group(1) + ")");
                    } else {
                        remember(line);
                    }
                }
            } catch (IOException streamClosed) {
                // the process ended; the future below reports it if it never started
            }
            listening.completeExceptionally(new IllegalStateException(
                    "the DynamoDB engine exited before listening; its output:\n" + tail()));
        }

        private synchronized void remember(String line) {
            tail.add(line);
            if (tail.size() > OUTPUT_TAIL_LINES) {
                tail.remove(0);
            }
        }

        private synchronized String tail() {
            return String.join("\n", tail);
        }

        String awaitListening(Duration timeout) {
            try {
                return listening.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                throw (RuntimeException) e.getCause();
            } catch (TimeoutException e) {
                throw new IllegalStateException("the DynamoDB engine did not listen within " + timeout.toSeconds()
                        + " s; its output:\n" + tail());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the DynamoDB engine", e);
            }
        }
    }
}
