package com.telephony.store.memory;

import com.telephony.domain.extline.ExternalLineStore;
import com.telephony.domain.fabric.ProjectStore;
import com.telephony.domain.limits.RequestLimiter;
import com.telephony.domain.fabric.SipEndpointStore;
import com.telephony.domain.sip.SipConnectorStore;
import com.telephony.domain.sip.SipLineStore;
import com.telephony.domain.tenancy.OAuthStore;
import com.telephony.domain.tenancy.TenancyStore;
import com.telephony.store.contract.ExternalLineStoreContract;
import com.telephony.store.contract.OAuthStoreContract;
import com.telephony.store.contract.ProjectStoreContract;
import com.telephony.store.contract.RequestLimiterContract;
import com.telephony.store.contract.SipConnectorStoreContract;
import com.telephony.store.contract.SipEndpointStoreContract;
import com.telephony.store.contract.SipLineStoreContract;
import com.telephony.store.contract.TenancyStoreContract;
import org.junit.jupiter.api.Nested;

/** The in-memory adapters against the one store contract suite, each test on fresh stores. */
class InMemoryStoreContractTest {
    private final InMemoryStores stores = InMemoryStores.create();

    @Nested
    class SipLines extends SipLineStoreContract {
        @Override
        protected SipLineStore sipLines() {
            return stores.sipLines();
        }
    }

    @Nested
    class SipConnectors extends SipConnectorStoreContract {
        @Override
        protected SipConnectorStore connectors() {
            return stores.sipConnectors();
        }
    }

    @Nested
    class ExternalLines extends ExternalLineStoreContract {
        @Override
        protected ExternalLineStore externalLines() {
            return stores.externalLines();
        }
    }

    @Nested
    class SipEndpoints extends SipEndpointStoreContract {
        @Override
        protected SipEndpointStore sipEndpoints() {
            return stores.sipEndpoints();
        }
    }

    @Nested
    class Tenancy extends TenancyStoreContract {
        @Override
        protected TenancyStore tenancy() {
            return stores.tenancy();
        }
    }

    @Nested
    class Projects extends ProjectStoreContract {
        @Override
        protected ProjectStore projects() {
            return stores.projects();
        }
    }

    @Nested
    class OAuth extends OAuthStoreContract {
        @Override
        protected OAuthStore oauth() {
            return stores.oauth();
        }

        @Override
        protected TenancyStore tenancy() {
            return stores.tenancy();
        }
    }

    @Nested
    class Limits extends RequestLimiterContract {
        private final InMemoryRequestLimiter shared = new InMemoryRequestLimiter(BITRIX24);

        @Override
        protected RequestLimiter container() {
            return shared.sharing();
        }
    }
}
