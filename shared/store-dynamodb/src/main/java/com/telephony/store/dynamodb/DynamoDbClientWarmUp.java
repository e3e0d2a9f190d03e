package com.telephony.store.dynamodb;

import com.telephony.http.InitWarmUp;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Builds and closes a throwaway DynamoDB client on the init warm-up thread while the function's context starts on
 * the init thread: the SDK's classes, its service metadata, endpoint rules, HTTP client and TLS set-up are then
 * loaded and initialized when {@link DynamoDbWiring#dynamoDbClient} builds the real one, after the warm-up
 * (docs/performance.md, "third pass: init on two threads"). It builds with {@link DynamoDbWiring}'s own code and the
 * deployment's endpoint and region, sends no request, and runs once per class loader (a second handler in the same
 * JVM, as in the local API or the tests, finds the work done).
 */
public final class DynamoDbClientWarmUp implements InitWarmUp {
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    @Override
    public void run() {
        if (STARTED.compareAndSet(false, true)) {
            buildAndClose(setting("TELEPHONY_DYNAMODB_ENDPOINT"), setting("TELEPHONY_DYNAMODB_REGION"));
        }
    }

    /** The warm-up's work: a client built as the factory builds it, closed unused. Never throws. */
    static void buildAndClose(String endpoint, String region) {
        try (DynamoDbClient unused = DynamoDbWiring.build(endpoint, region,
                DynamoDbWiring.CONNECT_TIMEOUT_MS, DynamoDbWiring.ATTEMPT_TIMEOUT_MS, DynamoDbWiring.CALL_TIMEOUT_MS,
                DynamoDbWiring.MAX_ATTEMPTS)) {
            // built: that was the work
        } catch (RuntimeException failure) {
            // The factory builds the real client with the same code and reports what fails there.
        }
    }

    /** The environment variable Micronaut maps to the factory's property (the functions set only variables). */
    private static String setting(String variable) {
        String value = System.getenv(variable);
        return value == null ? "" : value;
    }
}
