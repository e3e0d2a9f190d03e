package com.telephony.testsupport.faults;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A faulty network in front of the real engine: an HTTP proxy on 127.0.0.1 that forwards every DynamoDB call to the
 * engine unchanged, unless a fault is armed for that operation; then the call never reaches the engine and the
 * client gets the fault as DynamoDB would send it (an error body, no answer in time, or a dropped connection).
 * The function under test runs its real SDK client, retry policy and timeouts against it.
 */
public final class FaultyDynamoDb implements AutoCloseable {
    public static final Set<String> WRITES = Set.of("TransactWriteItems", "UpdateItem", "PutItem", "DeleteItem",
            "BatchWriteItem");
    private static final Set<String> HOP_BY_HOP = Set.of("host", "connection", "content-length", "expect",
            "upgrade", "transfer-encoding", "keep-alive");
    private static final Pattern TRANSACT_ITEMS = Pattern.compile("\"(ConditionCheck|Put|Update|Delete)\"\\s*:");

    private final URI engine;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final HttpClient forward = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicInteger injected = new AtomicInteger();
    private final AtomicInteger forwarded = new AtomicInteger();
    private volatile Fault fault;
    private volatile Set<String> operations = Set.of();
    private volatile Duration timeoutDelay = Duration.ofSeconds(1);

    private FaultyDynamoDb(URI engine) throws IOException {
        this.engine = engine;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.setExecutor(executor);
        server.createContext("/", this::serve);
        server.start();
    }

    public static FaultyDynamoDb inFrontOf(URI engine) {
        try {
            return new FaultyDynamoDb(engine);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the fault proxy", e);
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Every call of these operations fails with {@code fault} until {@link #heal()}. */
    public void fail(Fault fault, Set<String> operations) {
        this.operations = Set.copyOf(operations);
        this.fault = fault;
    }

    /** How long a {@link Fault#TIMEOUT} holds a call before dropping it (longer than the client waits). */
    public void timeoutDelay(Duration delay) {
        this.timeoutDelay = delay;
    }

    public void heal() {
        this.fault = null;
    }

    /** Calls answered with a fault since the start. */
    public int injected() {
        return injected.get();
    }

    private void serve(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        String operation = target == null ? "" : target.substring(target.indexOf('.') + 1);
        Fault armed = fault;
        if (armed != null && operations.contains(operation)) {
            injected.incrementAndGet();
            inject(exchange, armed, operation, body);
            return;
        }
        forwarded.incrementAndGet();
        HttpRequest.Builder request = HttpRequest.newBuilder(engine.resolve(exchange.getRequestURI().getRawPath()))
                .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!HOP_BY_HOP.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                values.forEach(value -> request.header(name, value));
            }
        });
        try {
            HttpResponse<byte[]> response = forward.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            response.headers().map().forEach((name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase(java.util.Locale.ROOT)) && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, List.copyOf(values));
                }
            });
            send(exchange, response.statusCode(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.close();
        }
    }

    private void inject(HttpExchange exchange, Fault armed, String operation, byte[] request) throws IOException {
        switch (armed) {
            case TIMEOUT -> {
                try {
                    Thread.sleep(timeoutDelay.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                exchange.close();
            }
            case CONNECTION_RESET -> exchange.close();
            case TRANSACTION_CONFLICT -> {
                if (operation.equals("TransactWriteItems")) {
                    send(exchange, 400, cancelledForConflict(new String(request, StandardCharsets.UTF_8)));
                } else {
                    send(exchange, armed.status, error(armed.type, armed.message));
                }
            }
            default -> send(exchange, armed.status, error(armed.type, armed.message));
        }
    }

    /** DynamoDB's answer to a transaction that met another one: one reason per item, each a conflict. */
    private static byte[] cancelledForConflict(String request) {
        Matcher items = TRANSACT_ITEMS.matcher(request);
        int count = 0;
        while (items.find()) {
            count++;
        }
        StringBuilder reasons = new StringBuilder();
        for (int i = 0; i < Math.max(1, count); i++) {
            reasons.append(i == 0 ? "" : ",")
                    .append("{\"Code\":\"TransactionConflict\",\"Message\":\"Transaction is ongoing for the item\"}");
        }
        return ("{\"__type\":\"com.amazonaws.dynamodb.v20120810#TransactionCanceledException\","
                + "\"message\":\"Transaction cancelled, please refer cancellation reasons for specific reasons "
                + "[TransactionConflict]\",\"CancellationReasons\":[" + reasons + "]}").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] error(String type, String message) {
        return ("{\"__type\":\"" + type + "\",\"message\":\"" + message + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        if (!exchange.getResponseHeaders().containsKey("Content-Type")) {
            exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.0");
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
