package com.telephony.store.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.context.ApplicationContext;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The client's region: configured, else Lambda's AWS_REGION, else us-east-1 (a deployed function depends on it). */
class DynamoDbWiringTest {

    @Test
    void aConfiguredRegionWins() {
        assertEquals(Region.EU_WEST_1, DynamoDbWiring.region("eu-west-1", "ap-south-1"));
    }

    @Test
    void withoutConfigurationTheRegionLambdaRunsInIsUsed() {
        assertEquals(Region.AP_SOUTH_1, DynamoDbWiring.region("", "ap-south-1"));
        assertEquals(Region.AP_SOUTH_1, DynamoDbWiring.region(null, " ap-south-1 "));
    }

    @Test
    void withNeitherItIsUsEast1() {
        assertEquals(Region.US_EAST_1, DynamoDbWiring.region("", null));
    }

    @Test
    void theClientBeanGetsTheConfiguredRegion() {
        try (ApplicationContext context = ApplicationContext.run(Map.of(
                "telephony.dynamodb.region", "eu-central-1",
                "telephony.dynamodb.endpoint", "http://127.0.0.1:1"))) {
            DynamoDbClient client = context.getBean(DynamoDbClient.class);

            assertEquals(Region.EU_CENTRAL_1, client.serviceClientConfiguration().region());
        }
    }
}
