package com.telephony.store.postgresql;

import com.telephony.domain.extline.ExternalLineStore;
import com.telephony.domain.fabric.ProjectStore;
import com.telephony.domain.fabric.SipEndpointStore;
import com.telephony.domain.sip.SipConnectorStore;
import com.telephony.domain.sip.SipLineStore;
import com.telephony.domain.tenancy.TenancyStore;
import com.telephony.store.contract.ExternalLineStoreContract;
import com.telephony.store.contract.ProjectStoreContract;
import com.telephony.store.contract.SipConnectorStoreContract;
import com.telephony.store.contract.SipEndpointStoreContract;
import com.telephony.store.contract.SipLineStoreContract;
import com.telephony.store.contract.TenancyStoreContract;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;

import java.util.HashMap;
import java.util.Map;

/**
 * The PostgreSQL adapters against the one store contract suite (the same classes the DynamoDB and in-memory adapters
 * extend), on a real PostgreSQL from the fixture, in a database of their own whose schema Flyway migrated. The stores
 * are the Micronaut beans a function gets; the contract's tests keep to portals and projects of their own.
 */
class PostgresStoreContractTest {
    private static ApplicationContext context;

    @BeforeAll
    static void startContext() {
        Map<String, Object> properties = new HashMap<>(PostgresTestDatabase.properties("store_contract"));
        context = ApplicationContext.builder().properties(properties).deduceEnvironment(false).start();
    }

    @AfterAll
    static void stopContext() {
        context.close();
    }

    @Nested
    class SipLines extends SipLineStoreContract {
        @Override
        protected SipLineStore sipLines() {
            return context.getBean(SipLineStore.class);
        }
    }

    @Nested
    class SipConnectors extends SipConnectorStoreContract {
        @Override
        protected SipConnectorStore connectors() {
            return context.getBean(SipConnectorStore.class);
        }
    }

    @Nested
    class ExternalLines extends ExternalLineStoreContract {
        @Override
        protected ExternalLineStore externalLines() {
            return context.getBean(ExternalLineStore.class);
        }
    }

    @Nested
    class SipEndpoints extends SipEndpointStoreContract {
        @Override
        protected SipEndpointStore sipEndpoints() {
            return context.getBean(SipEndpointStore.class);
        }
    }

    @Nested
    class Tenancy extends TenancyStoreContract {
        @Override
        protected TenancyStore tenancy() {
            return context.getBean(TenancyStore.class);
        }
    }

    @Nested
    class Projects extends ProjectStoreContract {
        @Override
        protected ProjectStore projects() {
            return context.getBean(ProjectStore.class);
        }
    }
}
