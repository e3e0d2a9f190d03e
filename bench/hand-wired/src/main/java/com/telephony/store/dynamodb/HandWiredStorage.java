package com.telephony.store.dynamodb;

import com.telephony.domain.limits.RequestLimiter;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Bench only (bench/hand-wired, never deployed): the DynamoDB wiring's factory methods, called without a bean
 * context. They are package-private, and the client they build ({@link FaultTranslatingClient}) is too, so this
 * class sits in their package inside the bench module (a split package, harmless in a shaded jar) instead of the
 * production classes being opened up. Calling the factories themselves, rather than copying them, keeps the
 * hand-wired client exactly the function's: same HTTP client, timeouts, retry strategy, region, endpoint and
 * credentials.
 */
public final class HandWiredStorage {
    private HandWiredStorage() {
    }

    /** {@code DynamoDbWiring.table}: the table name, and the refusal of a {@code STORE} naming another store. */
    public static TelephonyTable table(String name, String store) {
        return new DynamoDbWiring().table(name, store);
    }

    /** {@code DynamoDbWiring.dynamoDbClient}, arguments as its {@code @Value}s. */
    public static DynamoDbClient client(String endpoint, String configuredRegion, long connectTimeoutMs,
                                        long attemptTimeoutMs, long callTimeoutMs, int maxAttempts, boolean rehearsal) {
        return new DynamoDbWiring().dynamoDbClient(endpoint, configuredRegion, connectTimeoutMs, attemptTimeoutMs,
                callTimeoutMs, maxAttempts, rehearsal);
    }

    /** {@code LimitsWiring.requestLimiter}: none when disabled, else the DynamoDB leaky bucket. */
    public static RequestLimiter limiter(DynamoDbClient client, TelephonyTable table, boolean enabled, int burst,
                                         double drainPerSecond, double operatingSeconds) {
        return new LimitsWiring().requestLimiter(client, table, enabled, burst, drainPerSecond, operatingSeconds);
    }
}
