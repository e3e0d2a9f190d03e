package com.telephony.store.postgresql;

import com.telephony.domain.extline.ExternalLineStore;
import com.telephony.domain.fabric.ProjectStore;
import com.telephony.domain.fabric.SipEndpointStore;
import com.telephony.domain.sip.SipConnectorStore;
import com.telephony.domain.sip.SipLineStore;
import com.telephony.domain.limits.LimitPolicy;
import com.telephony.domain.limits.RequestLimiter;
import com.telephony.domain.tenancy.AccessToken;
import com.telephony.domain.tenancy.OAuthStore;
import com.telephony.domain.tenancy.RefreshToken;
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
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
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

    /**
     * What DynamoDB's TTL does for the other store: saving a token removes the tokens of its table expired for more
     * than a day ({@link ExpiredTokens}), and keeps those expired for less, so they still answer {@code expired_token}.
     */
    @Nested
    class ExpiredTokenCleanUp {
        @Test
        void savingAnAccessTokenRemovesAccessTokensExpiredForMoreThanADay() {
            TenancyStore tenancy = context.getBean(TenancyStore.class);
            Instant now = Instant.now();
            tenancy.saveAccessToken(access("old-access", now.minus(Duration.ofDays(2))));
            tenancy.saveAccessToken(access("recent-access", now.minus(Duration.ofHours(1))));
            tenancy.saveAccessToken(access("fresh-access", now.plus(Duration.ofHours(1))));
            assertTrue(tenancy.findAccessToken("old-access").isEmpty());
            assertTrue(tenancy.findAccessToken("recent-access").isPresent());
            assertTrue(tenancy.findAccessToken("fresh-access").isPresent());
        }

        @Test
        void savingARefreshTokenRemovesRefreshTokensExpiredForMoreThanADay() {
            OAuthStore oauth = context.getBean(OAuthStore.class);
            Instant now = Instant.now();
            oauth.saveRefreshToken(refresh("old-refresh", now.minus(Duration.ofDays(2))));
            oauth.saveRefreshToken(refresh("recent-refresh", now.minus(Duration.ofHours(1))));
            oauth.saveRefreshToken(refresh("fresh-refresh", now.plus(Duration.ofHours(1))));
            assertTrue(oauth.findRefreshToken("old-refresh").isEmpty());
            assertTrue(oauth.findRefreshToken("recent-refresh").isPresent());
            assertTrue(oauth.findRefreshToken("fresh-refresh").isPresent());
        }

        private static AccessToken access(String hash, Instant expiresAt) {
            return new AccessToken(hash, "cleanup-portal", "app.cleanup", 1, Set.of("telephony"), expiresAt);
        }

        private static RefreshToken refresh(String hash, Instant expiresAt) {
            return new RefreshToken(hash, "cleanup-portal", "app.cleanup", 1, Set.of("telephony"), expiresAt);
        }
    }
}
