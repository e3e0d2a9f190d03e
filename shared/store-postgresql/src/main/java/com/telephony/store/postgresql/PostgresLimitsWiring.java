package com.telephony.store.postgresql;

import com.telephony.domain.limits.LimitPolicy;
import com.telephony.domain.limits.RequestLimiter;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Duration;

/**
 * The REST limits of this stage, configured as for the DynamoDB store (docs/limits.md):
 * {@code telephony.limits.enabled} (env {@code TELEPHONY_LIMITS_ENABLED}), {@code .burst}, {@code .drain-per-second},
 * {@code .operating-seconds}; Bitrix24's cloud numbers unless set, and no limits at all when disabled.
 */
@Factory
public class PostgresLimitsWiring {
    @Singleton
    RequestLimiter requestLimiter(Database database,
                                  @Value("${telephony.limits.enabled:true}") boolean enabled,
                                  @Value("${telephony.limits.burst:50}") int burst,
                                  @Value("${telephony.limits.drain-per-second:2}") double drainPerSecond,
                                  @Value("${telephony.limits.operating-seconds:480}") double operatingSeconds) {
        if (!enabled) {
            return RequestLimiter.none();
        }
        return new PostgresRequestLimiter(database, new LimitPolicy(burst, drainPerSecond,
                Duration.ofNanos((long) (operatingSeconds * 1_000_000_000L))));
    }
}
