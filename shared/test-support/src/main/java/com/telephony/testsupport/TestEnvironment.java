package com.telephony.testsupport;

import com.telephony.domain.fabric.ProjectProvisioning;
import com.telephony.domain.fabric.SipEndpointService;
import com.telephony.domain.tenancy.Provisioning;
import com.telephony.store.dynamodb.DynamoDbProjectStore;
import com.telephony.store.dynamodb.DynamoDbSipEndpointStore;
import com.telephony.store.dynamodb.DynamoDbTenancyStore;
import com.telephony.store.dynamodb.TableLayout;
import com.telephony.store.dynamodb.TelephonyTable;
import com.telephony.testing.TestDynamoDb;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;

/**
 * One real table per test JVM, on the engine {@link TestDynamoDb} chose, and the configuration that points every
 * function handler created in this JVM at it (system properties, read by Micronaut like the Lambda environment).
 * Tests stay independent by creating their own portals: tenants are isolated by design.
 */
public final class TestEnvironment {
    private static TestEnvironment instance;
    static final java.util.Map<String, String> LIMITS_FOR_TESTS = java.util.Map.of(
            "telephony.limits.enabled", "true", "telephony.limits.burst", "1000000",
            "telephony.limits.drain-per-second", "100000", "telephony.limits.operating-seconds", "1000000");

    private final TestDynamoDb engine;
    private final String tableName;
    private final Provisioning provisioning;
    private final DynamoDbTenancyStore tenancy;
    private final ProjectProvisioning projects;
    private final DynamoDbSipEndpointStore sipEndpointStore;

    private TestEnvironment() {
        this.engine = TestDynamoDb.get();
        this.tableName = engine.uniqueTableName("telephony-test");
        DynamoDbClient client = engine.client();
        client.createTable(TableLayout.createTableRequest(tableName));
        client.waiter().waitUntilTableExists(request -> request.tableName(tableName));
        System.setProperty("telephony.dynamodb.endpoint", engine.endpoint().toString());
        System.setProperty("telephony.dynamodb.table", tableName);
        System.setProperty("telephony.dynamodb.region", "us-east-1");
        // The REST limits run on every call, with numbers no test reaches by accident; the limit tests set
        // Bitrix24's own for the handlers they build (docs/limits.md).
        LIMITS_FOR_TESTS.forEach((key, value) -> {
            if (System.getProperty(key) == null) {
                System.setProperty(key, value);
            }
        });
        TelephonyTable table = new TelephonyTable(tableName);
        this.tenancy = new DynamoDbTenancyStore(client, table);
        this.provisioning = new Provisioning(tenancy, Clock.systemUTC());
        this.projects = new ProjectProvisioning(new DynamoDbProjectStore(client, table));
        this.sipEndpointStore = new DynamoDbSipEndpointStore(client, table);
    }

    public static synchronized TestEnvironment get() {
        if (instance == null) {
            instance = new TestEnvironment();
        }
        return instance;
    }

    public DynamoDbClient client() {
        return engine.client();
    }

    public String tableName() {
        return tableName;
    }

    public Provisioning provisioning() {
        return provisioning;
    }

    public DynamoDbTenancyStore tenancy() {
        return tenancy;
    }

    /** The SIP endpoint use cases on the test table, for arranging data a test then reads through a handler. */
    public SipEndpointService sipEndpoints() {
        return sipEndpoints(Clock.systemUTC());
    }

    /** The same on a chosen clock, e.g. one in the past, so a handler's write is certainly later. */
    public SipEndpointService sipEndpoints(Clock clock) {
        return new SipEndpointService(sipEndpointStore, clock);
    }

    public ProjectProvisioning projects() {
        return projects;
    }

    /** A fresh SignalWire project with an API token. */
    public TestProject newProject() {
        return TestProject.create(projects);
    }

    /** A fresh portal with the usual cast of callers. */
    public TestPortal newPortal() {
        return TestPortal.create(provisioning);
    }
}
