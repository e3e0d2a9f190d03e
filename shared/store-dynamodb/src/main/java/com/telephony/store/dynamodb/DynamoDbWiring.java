package com.telephony.store.dynamodb;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

import java.net.URI;
import java.time.Duration;

/**
 * One DynamoDB client per container, built once: URL-connection HTTP client (no Apache/Netty), explicit region,
 * explicit timeouts and retries, temporary failures translated for the domain ({@link FaultTranslatingClient}).
 * Configuration: {@code telephony.dynamodb.table} (env {@code TELEPHONY_DYNAMODB_TABLE}),
 * {@code telephony.dynamodb.endpoint} (env {@code TELEPHONY_DYNAMODB_ENDPOINT}; set for a local engine: dynalite or LocalStack),
 * region from {@code telephony.dynamodb.region} or the Lambda-provided {@code AWS_REGION}.
 */
@Factory
public class DynamoDbWiring {
    // The defaults of the client's timeouts and attempts (below): also those of DynamoDbClientWarmUp's throwaway
    // client and of the benchmark's hand-wired variant.
    public static final long CONNECT_TIMEOUT_MS = 1000;
    public static final long ATTEMPT_TIMEOUT_MS = 2000;
    public static final long CALL_TIMEOUT_MS = 6000;
    public static final int MAX_ATTEMPTS = 3;

    @Singleton
    TelephonyTable table(@Value("${telephony.dynamodb.table:telephony}") String name,
                         @Value("${store:dynamodb}") String store) {
        // The artifact decides the store (docs/postgresql.md): STORE naming another one is a deployment mistake.
        if (!"dynamodb".equalsIgnoreCase(store.trim())) {
            throw new IllegalStateException("STORE=" + store + ", but this artifact carries the DynamoDB store: deploy "
                    + "functions-postgresql/target/telephony-postgresql.jar (infra/template-postgresql.yaml) instead");
        }
        return new TelephonyTable(name);
    }

    /**
     * Timeouts and retries chosen for a Lambda function behind API Gateway (docs/operations.md): a request makes a
     * few sequential calls and API Gateway gives up after 30 s, so each call gets at most 3 attempts of at most
     * 2 s each and 6 s in all, backoff with full jitter from 25 ms (throttling from 50 ms) up to 1 s. Connecting
     * gets 1 s. The SDK's retry token bucket stays on, so a failing DynamoDB is not hammered. Tests shorten them.
     */
    @Singleton
    DynamoDbClient dynamoDbClient(@Value("${telephony.dynamodb.endpoint:}") String endpoint,
                                  @Value("${telephony.dynamodb.region:}") String configuredRegion,
                                  @Value("${telephony.dynamodb.connect-timeout-ms:" + CONNECT_TIMEOUT_MS + "}")
                                  long connectTimeoutMs,
                                  @Value("${telephony.dynamodb.attempt-timeout-ms:" + ATTEMPT_TIMEOUT_MS + "}")
                                  long attemptTimeoutMs,
                                  @Value("${telephony.dynamodb.call-timeout-ms:" + CALL_TIMEOUT_MS + "}")
                                  long callTimeoutMs,
                                  @Value("${telephony.dynamodb.max-attempts:" + MAX_ATTEMPTS + "}") int maxAttempts,
                                  @Value("${telephony.rehearsal:false}") boolean rehearsal) {
        // The SnapStart rehearsal's context (lambda-http's Rehearsal) replaces every store with an in-memory one: a
        // client asked for there means a port was left unreplaced, and it must fail rather than write to the table.
        if (rehearsal) {
            throw new IllegalStateException("a SnapStart rehearsal asked for the DynamoDB client: a storage port is "
                    + "not replaced by an in-memory adapter");
        }
        return build(endpoint, configuredRegion, connectTimeoutMs, attemptTimeoutMs, callTimeoutMs, maxAttempts);
    }

    /** The client itself; also built, and closed, by {@link DynamoDbClientWarmUp} on the init warm-up thread. */
    static DynamoDbClient build(String endpoint, String configuredRegion, long connectTimeoutMs,
                                long attemptTimeoutMs, long callTimeoutMs, int maxAttempts) {
        DynamoDbClientBuilder builder = DynamoDbClient.builder()
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofMillis(connectTimeoutMs))
                        .socketTimeout(Duration.ofMillis(attemptTimeoutMs))
                        .build())
                .overrideConfiguration(override -> override
                        .apiCallAttemptTimeout(Duration.ofMillis(attemptTimeoutMs))
                        .apiCallTimeout(Duration.ofMillis(callTimeoutMs))
                        .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                                .maxAttempts(maxAttempts)
                                .backoffStrategy(BackoffStrategy.exponentialDelay(
                                        Duration.ofMillis(25), Duration.ofSeconds(1)))
                                .throttlingBackoffStrategy(BackoffStrategy.exponentialDelay(
                                        Duration.ofMillis(50), Duration.ofSeconds(1)))
                                .build()))
                .region(region(configuredRegion, System.getenv("AWS_REGION")));
        if (!endpoint.isBlank()) {
            builder.endpointOverride(URI.create(endpoint)).credentialsProvider(localCredentials());
        } else {
            builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
        }
        return new FaultTranslatingClient(builder.build());
    }

    /**
     * The configured region, else the one Lambda runs the function in ({@code AWS_REGION}), else us-east-1 (local
     * engines ignore it). Chosen in code: a placeholder default that is itself a placeholder
     * ({@code ${a:${b:c}}}) does not resolve in Micronaut 4, and the functions load no property sources but the
     * system properties and environment anyway.
     */
    static Region region(String configured, String lambdaRegion) {
        if (configured != null && !configured.isBlank()) {
            return Region.of(configured.trim());
        }
        if (lambdaRegion != null && !lambdaRegion.isBlank()) {
            return Region.of(lambdaRegion.trim());
        }
        return Region.US_EAST_1;
    }

    /** Local engines accept any signature; real credentials from the environment are used when present. */
    private static AwsCredentialsProvider localCredentials() {
        String key = System.getenv("AWS_ACCESS_KEY_ID");
        String secret = System.getenv("AWS_SECRET_ACCESS_KEY");
        if (key != null && secret != null) {
            return DefaultCredentialsProvider.builder().build();
        }
        return StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));
    }
}
