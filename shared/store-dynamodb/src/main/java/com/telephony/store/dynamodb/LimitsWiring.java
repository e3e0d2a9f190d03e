package com.telephony.store.dynamodb;

import com.telephony.domain.limits.LimitPolicy;
import com.telephony.domain.limits.RequestLimiter;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Duration;

/**
 * The REST limits of this stage (docs/limits.md). Bitrix24's cloud numbers unless configured:
 * {@code telephony.limits.enabled} (env {@code TELEPHONY_LIMITS_ENABLED}), {@code .burst}, {@code .drain-per-second},
 * {@code .operating-seconds}. The SAM template sets them per stage; the local API sets generous ones by default.
 */
@Factory
public class LimitsWiring {
    @Singleton
    RequestLimiter requestLimiter(DynamoDbClient client, TelephonyTable table,
                                  @Value("${telephony.limits.enabled:true}") boolean enabled,
                                  @Value("${telephony.limits.burst:50}") int burst,
                                  @Value("${telephony.limits.drain-per-second:2}") double drainPerSecond,
                                  @Value("${telephony.limits.operating-seconds:480}") double operatingSeconds) {
        if (!enabled) {
            return RequestLimiter.none();
        }
        return new DynamoDbRequestLimiter(client, table, new LimitPolicy(burst, drainPerSecond,
                Duration.ofNanos((long) (operatingSeconds * 1_000_000_000L))));
    }
}
