package com.telephony.localapi;

import com.telephony.lambda.context.InvocationContext;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One deployed function, started on its first request like a cold Lambda container, then kept warm.
 * Requests are served one at a time per function, as one Lambda container does.
 */
final class LocalFunction {
    private final SamTemplate.FunctionDefinition definition;
    private RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler;

    LocalFunction(SamTemplate.FunctionDefinition definition) {
        this.definition = definition;
    }

    String name() {
        return definition.logicalId();
    }

    synchronized APIGatewayV2HTTPResponse invoke(APIGatewayV2HTTPEvent event) {
        if (handler == null) {
            handler = start();
        }
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(handler.getClass().getClassLoader());
        try {
            return handler.handleRequest(event, new InvocationContext(definition.logicalId(),
                    event.getRequestContext().getRequestId(), "local", System.out));
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
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
        if (handler instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // shutting down anyway
            }
        }
    }
}
