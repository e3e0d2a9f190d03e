package com.telephony.store.dynamodb;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

import java.net.URI;

/**
 * One DynamoDB client per container, built once: URL-connection HTTP client (no Apache/Netty), explicit region.
 * Configuration: {@code telephony.dynamodb.table} (env {@code TELEPHONY_DYNAMODB_TABLE}),
 * {@code telephony.dynamodb.endpoint} (env {@code TELEPHONY_DYNAMODB_ENDPOINT}; set for a local engine: dynalite or LocalStack),
 * region from {@code telephony.dynamodb.region} or the Lambda-provided {@code AWS_REGION}.
 */
@Factory
public class DynamoDbWiring {
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

    @Singleton
    DynamoDbClient dynamoDbClient(@Value("${telephony.dynamodb.endpoint:}") String endpoint,
                                  @Value("${telephony.dynamodb.region:}") String configuredRegion) {
        DynamoDbClientBuilder builder = DynamoDbClient.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(region(configuredRegion, System.getenv("AWS_REGION")));
        if (!endpoint.isBlank()) {
            builder.endpointOverride(URI.create(endpoint)).credentialsProvider(localCredentials());
        } else {
            builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
        }
        return builder.build();
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

    @Singleton
    DynamoDbEnhancedClient enhancedClient(DynamoDbClient client) {
        // No extensions: the default ones (optimistic versioning, atomic counters) would run on every item read and
        // write, and no schema uses them; the stores write their own conditions.
        return DynamoDbEnhancedClient.builder().dynamoDbClient(client).extensions().build();
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
