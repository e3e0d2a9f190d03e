package com.telephony.testing;

import com.telephony.dynamodbengine.DynamoDbEngine;
import java.net.URI;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;

/** The three ways a test JVM gets a DynamoDB engine, tried in order. */
final class Engines {

    static final String ENDPOINT_ENV = "DYNAMODB_ENDPOINT";
    static final String ENDPOINT_PROPERTY = "dynamodb.endpoint";
    private static final DockerImageName LOCALSTACK = DockerImageName.parse("localstack/localstack:4");

    private Engines() {
    }

    static Engine choose() {
        Engine configured = configured();
        if (configured != null) {
            return configured;
        }
        if (dockerAvailable()) {
            return localStack();
        }
        DynamoDbEngine local = DynamoDbEngine.start(0, null);
        return new Engine(local.endpoint(), local.description(), false, local);
    }

    private static Engine configured() {
        String property = System.getProperty(ENDPOINT_PROPERTY);
        if (property != null && !property.isBlank()) {
            return external(property, "-D" + ENDPOINT_PROPERTY);
        }
        String env = System.getenv(ENDPOINT_ENV);
        if (env != null && !env.isBlank()) {
            return external(env, ENDPOINT_ENV);
        }
        return null;
    }

    /** An engine someone else runs and stops: nothing to do at exit. */
    private static Engine external(String endpoint, String source) {
        URI uri = URI.create(endpoint.trim());
        return new Engine(uri, uri + " (from " + source + ")", true, () -> { });
    }

    /** Any failure of the probe, including a broken Docker setup, means "use our dynalite engine instead". */
    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static Engine localStack() {
        LocalStackContainer container = new LocalStackContainer(LOCALSTACK)
                .withServices(LocalStackContainer.Service.DYNAMODB);
        container.start();
        URI endpoint = container.getEndpointOverride(LocalStackContainer.Service.DYNAMODB);
        return new Engine(endpoint, "LocalStack (" + LOCALSTACK + ", Testcontainers) at " + endpoint, false,
                container::stop);
    }
}
