package com.telephony.store.postgresql;

import com.telephony.domain.extline.ExternalLineStore;
import com.telephony.domain.fabric.ProjectStore;
import com.telephony.domain.fabric.SipEndpointStore;
import com.telephony.domain.sip.SipConnectorStore;
import com.telephony.domain.sip.SipLineStore;
import com.telephony.domain.limits.LimitPolicy;
import com.telephony.domain.limits.RequestLimiter;
import com.telephony.domain.tenancy.OAuthStore;
import com.telephony.domain.tenancy.TenancyStore;
import com.telephony.store.contract.ExternalLineStoreContract;
import com.telephony.store.contract.ProjectStoreContract;
import com.telephony.store.contract.SipConnectorStoreContract;
import com.telephony.store.contract.SipEndpointStoreContract;
import com.telephony.store.contract.SipLineStoreContract;
import com.telephony.store.contract.OAuthStoreContract;
import com.telephony.store.contract.RequestLimiterContract;
import com.telephony.store.contract.TenancyStoreContract;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;

import java.util.HashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    @Nested
    class OAuth extends OAuthStoreContract {
        @Override
        protected OAuthStore oauth() {
            return context.getBean(OAuthStore.class);
        }

        @Override
        protected TenancyStore tenancy() {
            return context.getBean(TenancyStore.class);
        }
    }

    /**
     * Each "container" is a limiter of its own on the shared database, as each Lambda container has one; the bean
     * itself is the one a function gets, configured with Bitrix24's numbers (the defaults).
     */
    @Nested
    class Limits extends RequestLimiterContract {
        @Override
        protected RequestLimiter container() {
            PostgresRequestLimiter bean = (PostgresRequestLimiter) context.getBean(RequestLimiter.class);
            assertEquals(BITRIX24, bean.policy(), "the bean has Bitrix24's numbers unless configured");
            return new PostgresRequestLimiter(context.getBean(Database.class), LimitPolicy.bitrix24());
        }
    }
}
