package com.telephony.store.dynamodb;

import com.telephony.http.InitWarmUp;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Builds and closes a throwaway DynamoDB client on the init warm-up thread while the function's context starts on
 * the init thread: the SDK's classes, its service metadata, endpoint rules, HTTP client and TLS set-up are then
 * loaded when {@link DynamoDbWiring#dynamoDbClient} builds the real one (docs/performance.md, "Init on two
 * threads"). It builds with {@link DynamoDbWiring}'s own code and the deployment's endpoint and region, sends no
 * request, and runs once per class loader; the factory waits for it rather than initializing the same classes
 * beside it.
 */
public final class DynamoDbClientWarmUp implements InitWarmUp {
    /** Longer than any set-up takes; bounded so that a stuck warm-up can never hold init past Lambda's limit. */
    private static final long MAX_WAIT_SECONDS = 5;
    private static final AtomicBoolean STARTED = new AtomicBoolean();
    private static final CompletableFuture<Void> FINISHED = new CompletableFuture<>();

    @Override
    public void run() {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        try {
            buildAndClose(setting("TELEPHONY_DYNAMODB_ENDPOINT"), setting("TELEPHONY_DYNAMODB_REGION"));
        } finally {
            FINISHED.complete(null);
        }
    }

    /** The warm-up's work: a client built as the factory builds it, closed unused. Never throws. */
    static void buildAndClose(String endpoint, String region) {
        try (DynamoDbClient unused = DynamoDbWiring.build(endpoint, region, 1000, 2000, 6000, 3)) {
            // built: that was the work
        } catch (RuntimeException failure) {
            // The factory builds the real client with the same code and reports what fails there.
        }
    }

    static boolean finished() {
        return FINISHED.isDone();
    }

    /** Waits for a warm-up that has started; returns at once when none has (tests, the local API, bench wiring). */
    static void awaitIfStarted() {
        if (!STARTED.get()) {
            return;
        }
        try {
            FINISHED.get(MAX_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // Nothing to wait for any more: the factory does the work itself.
        }
    }

    /** The environment variable Micronaut maps to the factory's property (the functions set only variables). */
    private static String setting(String variable) {
        String value = System.getenv(variable);
        return value == null ? "" : value;
    }
}
