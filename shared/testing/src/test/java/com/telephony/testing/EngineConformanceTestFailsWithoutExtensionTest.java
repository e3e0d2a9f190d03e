package com.telephony.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.telephony.dynamodbengine.DynamoDbEngine;
import java.net.URI;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * The suite's own test: its transaction-cancellation scenario must be able to fail. Upstream dynalite has no
 * TransactWriteItems, so on our engine started with {@code --no-extensions} the scenario fails, and with the extension
 * it passes. Runs its own engines through the launcher, whatever engine the fixture chose.
 */
class EngineConformanceTestFailsWithoutExtensionTest {

    @Test
    void cancellationScenarioFailsOnPlainDynalite() throws Exception {
        try (DynamoDbEngine engine = DynamoDbEngine.startWithoutExtensions(0);
             DynamoDbClient client = clientFor(engine.endpoint())) {
            ConformanceTable table = ConformanceTable.create(client, "plain-dynalite");

            Throwable failure = assertThrows(Throwable.class, () -> TransactionCancellationScenario.run(table));

            DynamoDbException cause = dynamoDbCause(failure);
            assertEquals("UnknownOperationException", cause.awsErrorDetails().errorCode(), failure.toString());
        }
    }

    @Test
    void cancellationScenarioPassesWithTheExtension() throws Exception {
        try (DynamoDbEngine engine = DynamoDbEngine.start(0, null);
             DynamoDbClient client = clientFor(engine.endpoint())) {
            TransactionCancellationScenario.run(ConformanceTable.create(client, "dynalite-extended"));
        }
    }

    /** The scenario reports the engine's refusal as an assertion failure (wrong exception type) caused by it. */
    private static DynamoDbException dynamoDbCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DynamoDbException dynamoDb) {
                return dynamoDb;
            }
        }
        throw new AssertionError("the scenario failed, but not because of the engine", failure);
    }

    private static DynamoDbClient clientFor(URI endpoint) {
        return DynamoDbClient.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build();
    }
}
