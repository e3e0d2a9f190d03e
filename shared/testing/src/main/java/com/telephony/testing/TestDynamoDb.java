package com.telephony.testing;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The one DynamoDB every storage test uses, chosen once per JVM:
 * <ol>
 *   <li>{@code DYNAMODB_ENDPOINT} (or {@code -Ddynamodb.endpoint}) if set: LocalStack started by hand, or AWS;</li>
 *   <li>else LocalStack in Docker via Testcontainers, if a Docker engine answers;</li>
 *   <li>else dynalite with our extension as a Node.js child process (infra/dynamodb-engine).</li>
 * </ol>
 * The choice is printed once, so CI output shows which engine the tests ran against.
 */
public final class TestDynamoDb {

    private static TestDynamoDb instance;

    private final Engine engine;
    private final DynamoDbClient client;

    private TestDynamoDb(Engine engine) {
        this.engine = engine;
        this.client = builder().build();
    }

    private DynamoDbClientBuilder builder() {
        return DynamoDbClient.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .endpointOverride(engine.endpoint())
                .region(region())
                .credentialsProvider(credentials());
    }

    public static synchronized TestDynamoDb get() {
        if (instance == null) {
            Engine engine = Engines.choose();
            System.out.println("[test-dynamodb] storage tests run against: " + engine.description());
            instance = new TestDynamoDb(engine);
            Runtime.getRuntime().addShutdownHook(new Thread(instance::shutdown, "test-dynamodb-shutdown"));
        }
        return instance;
    }

    public URI endpoint() {
        return engine.endpoint();
    }

    /** Human description of the engine, e.g. {@code dynalite engine (dynalite 4.0.0, in memory, extensions on, port 43121), ...}. */
    public String engine() {
        return engine.description();
    }

    /** Shared by all tests in the JVM; do not close it. */
    public DynamoDbClient client() {
        return client;
    }

    /**
     * A client of its own on the same engine, with these interceptors: to count or inspect the requests a component
     * makes (a counted fact, where a timing would be noise). The caller closes it.
     */
    public DynamoDbClient clientWith(ExecutionInterceptor... interceptors) {
        return builder().overrideConfiguration(config -> config.executionInterceptors(List.of(interceptors))).build();
    }

    /** A table name no other test class uses, so test classes never see each other's data. */
    public String uniqueTableName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** Local engines accept any signature; real AWS behind DYNAMODB_ENDPOINT needs the caller's own credentials. */
    private AwsCredentialsProvider credentials() {
        if (engine.external() && System.getenv("AWS_ACCESS_KEY_ID") != null) {
            return EnvironmentVariableCredentialsProvider.create();
        }
        return StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));
    }

    private Region region() {
        String region = System.getenv("AWS_REGION");
        return engine.external() && region != null && !region.isBlank() ? Region.of(region) : Region.US_EAST_1;
    }

    private void shutdown() {
        client.close();
        try {
            engine.stopper().close();
        } catch (Exception e) {
            System.err.println("[test-dynamodb] could not stop " + engine.description() + ": " + e);
        }
    }
}
