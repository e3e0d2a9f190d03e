package com.telephony.store.dynamodb;

import com.telephony.domain.limits.Admission;
import com.telephony.domain.limits.OperatingWindow;
import com.telephony.domain.limits.RequestLimiter;
import com.telephony.store.contract.RequestLimiterContract;
import com.telephony.testing.TestDynamoDb;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The DynamoDB limiter against the limiter contract on the real engine (one limiter per "container", one table), and
 * what only its item shows: expired operating buckets are removed from the portal's item by the next charge.
 */
class DynamoDbRequestLimiterTest extends RequestLimiterContract {
    private static DynamoDbClient client;
    private static TelephonyTable table;

    @BeforeAll
    static void table() {
        TestDynamoDb engine = TestDynamoDb.get();
        String name = engine.uniqueTableName("limits-test");
        engine.client().createTable(TableLayout.createTableRequest(name));
        engine.client().waiter().waitUntilTableExists(request -> request.tableName(name));
        client = engine.client();
        table = new TelephonyTable(name);
    }

    @Override
    protected RequestLimiter container() {
        return new DynamoDbRequestLimiter(client, table, BITRIX24);
    }

    @Test
    void anExpiredBucketIsRemovedFromTheItemWhenTheNextChargeIsStored() {
        String portal = portal();
        String method = "voximplant.sip.get";
        Instant start = T0.plusSeconds(30);
        Admission first = container().admit(portal, start);
        first.charge(method, Duration.ofSeconds(20));
        container().settle(first, start);

        Instant reset = Instant.ofEpochSecond(start.getEpochSecond() + 600);
        Admission afterReset = container().admit(portal, reset);
        afterReset.charge(method, Duration.ofMillis(5));
        container().settle(afterReset, reset);

        long firstMinute = OperatingWindow.minuteOf(start);
        Map<String, AttributeValue> item = client.getItem(r -> r.tableName(table.name()).consistentRead(true)
                .key(Map.of("pk", AttributeValue.fromS(Keys.limits(portal)), "sk", AttributeValue.fromS(Keys.LIMITS_SK))))
                .item();
        assertFalse(item.containsKey(DynamoDbRequestLimiter.attribute(method, firstMinute)),
                "an expired bucket is removed when the next charge is stored: " + item.keySet());
        assertFalse(item.containsKey(DynamoDbRequestLimiter.firstCallAttribute(method, firstMinute)));
        assertTrue(item.containsKey(DynamoDbRequestLimiter.attribute(method, OperatingWindow.minuteOf(reset))));
    }
}
