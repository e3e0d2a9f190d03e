package com.telephony.localapi;

import com.telephony.lambda.context.InvocationContext;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.nio.file.Path;

/**
 * One deployed function, run the way Lambda runs it: each container (a handler in a class loader of its own,
 * started on demand like a cold start) serves one request at a time; a request that finds every container busy
 * gets a new one, up to {@value #MAX_CONTAINERS} (Lambda's concurrency, scaled down for a laptop); beyond that it
 * waits for one to be free. Idle containers are kept warm and reused.
 */
final class LocalFunction {
    static final int MAX_CONTAINERS = 4;

    private final SamTemplate.FunctionDefinition definition;
    private final Deque<RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>> idle = new ArrayDeque<>();
    private final List<RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>> all = new ArrayList<>();
    private int starting;

    LocalFunction(SamTemplate.FunctionDefinition definition) {
        this.definition = definition;
    }

    String name() {
        return definition.logicalId();
    }

    /** Containers started so far. */
    synchronized int containers() {
        return all.size();
    }

    APIGatewayV2HTTPResponse invoke(APIGatewayV2HTTPEvent event) {
        RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler = acquire();
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(handler.getClass().getClassLoader());
        try {
            return handler.handleRequest(event, new InvocationContext(definition.logicalId(),
                    event.getRequestContext().getRequestId(), "local", System.out));
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
            release(handler);
        }
    }

    private RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> acquire() {
        synchronized (this) {
            while (idle.isEmpty() && all.size() + starting >= MAX_CONTAINERS) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for a container", e);
                }
            }
            if (!idle.isEmpty()) {
                return idle.pop();
            }
            starting++;
        }
        RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> started = null;
        try {
            started = start(); // a cold start, outside the lock: other containers keep serving
            return started;
        } finally {
            synchronized (this) {
                starting--;
                if (started != null) {
                    all.add(started);
                }
                notifyAll();
            }
        }
    }

    private synchronized void release(RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler) {
        idle.push(handler);
        notifyAll();
    }

    @SuppressWarnings("unchecked")
    private RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> start() {
        Path artifact = definition.artifact();
        if (!Files.isRegularFile(artifact)) {
            throw new IllegalStateException("artifact " + artifact + " of " + definition.logicalId()
                    + " is missing: build it with ./mvnw -q package -DskipTests");
        }
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try {
            FunctionClassLoader loader = new FunctionClassLoader(definition.logicalId(), artifact, getClass().getClassLoader());
            Thread.currentThread().setContextClassLoader(loader);
            long started = System.nanoTime();
            Object instance = loader.loadClass(definition.handlerClass()).getConstructor().newInstance();
            System.out.printf("[local-api] started %s (%s) in %d ms%n", definition.logicalId(),
                    definition.handlerClass(), (System.nanoTime() - started) / 1_000_000);
            return (RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>) instance;
        } catch (ReflectiveOperationException | java.io.IOException e) {
            throw new IllegalStateException("cannot start " + definition.logicalId(), e);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    synchronized void close() {
        for (RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler : all) {
            if (handler instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception ignored) {
                    // shutting down anyway
                }
            }
        }
    }
}
