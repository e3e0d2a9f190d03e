package com.telephony.store.dynamodb;

import com.telephony.domain.extline.ExternalLineStore;
import com.telephony.domain.fabric.ProjectStore;
import com.telephony.domain.fabric.SipEndpointStore;
import com.telephony.domain.sip.SipConnectorStore;
import com.telephony.domain.sip.SipLineStore;
import com.telephony.domain.tenancy.OAuthStore;
import com.telephony.domain.tenancy.TenancyStore;
import com.telephony.store.contract.ExternalLineStoreContract;
import com.telephony.store.contract.OAuthStoreContract;
import com.telephony.store.contract.ProjectStoreContract;
import com.telephony.store.contract.SipConnectorStoreContract;
import com.telephony.store.contract.SipEndpointStoreContract;
import com.telephony.store.contract.SipLineStoreContract;
import com.telephony.store.contract.TenancyStoreContract;
import com.telephony.testing.TestDynamoDb;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The DynamoDB adapters against the one store contract suite, on a real engine, in one table created from
 * {@link TableLayout}. The contract's tests keep to portals and projects of their own, so they share the table.
 */
class DynamoDbStoreContractTest {
    private static DynamoDbClient client;
    private static TelephonyTable table;

    @BeforeAll
    static void createTable() {
        TestDynamoDb engine = TestDynamoDb.get();
        client = engine.client();
        String name = engine.uniqueTableName("store-contract");
        client.createTable(TableLayout.createTableRequest(name));
        client.waiter().waitUntilTableExists(request -> request.tableName(name));
        table = new TelephonyTable(name);
    }

    @Nested
    class SipLines extends SipLineStoreContract {
        private final SipLineStore store = new DynamoDbSipLineStore(client, table);

        @Override
        protected SipLineStore sipLines() {
            return store;
        }
    }

    @Nested
    class SipConnectors extends SipConnectorStoreContract {
        private final SipConnectorStore store = new DynamoDbSipConnectorStore(client, table);

        @Override
        protected SipConnectorStore connectors() {
            return store;
        }
    }

    @Nested
    class ExternalLines extends ExternalLineStoreContract {
        private final ExternalLineStore store = new DynamoDbExternalLineStore(client, table);

        @Override
        protected ExternalLineStore externalLines() {
            return store;
        }
    }

    @Nested
    class SipEndpoints extends SipEndpointStoreContract {
        private final SipEndpointStore store = new DynamoDbSipEndpointStore(client, table);

        @Override
        protected SipEndpointStore sipEndpoints() {
            return store;
        }
    }

    @Nested
    class Tenancy extends TenancyStoreContract {
        private final TenancyStore store = new DynamoDbTenancyStore(client, table);

        @Override
        protected TenancyStore tenancy() {
            return store;
        }
    }

    @Nested
    class Projects extends ProjectStoreContract {
        private final ProjectStore store = new DynamoDbProjectStore(client, table);

        @Override
        protected ProjectStore projects() {
            return store;
        }
    }

    @Nested
    class OAuth extends OAuthStoreContract {
        private final OAuthStore store = new DynamoDbOAuthStore(client, table);
        private final TenancyStore tenancy = new DynamoDbTenancyStore(client, table);

        @Override
        protected OAuthStore oauth() {
            return store;
        }

        @Override
        protected TenancyStore tenancy() {
            return tenancy;
        }
    }
}
