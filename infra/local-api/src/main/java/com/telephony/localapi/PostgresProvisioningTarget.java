package com.telephony.localapi;

import com.telephony.domain.fabric.ProjectProvisioning;
import com.telephony.domain.tenancy.OAuthTokens;
import com.telephony.domain.tenancy.Provisioning;
import com.telephony.store.postgresql.PostgresOAuthStore;
import com.telephony.store.postgresql.PostgresProjectStore;
import com.telephony.store.postgresql.PostgresTenancyStore;
import io.micronaut.context.ApplicationContext;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * The provisioning CLI on a PostgreSQL store ({@code --jdbc-url}): the PostgreSQL adapters over the same settings a
 * deployed function reads, with pending migrations applied first, so tenants can be created before the first call.
 */
final class PostgresProvisioningTarget implements ProvisioningTarget {
    private final ApplicationContext context;

    private PostgresProvisioningTarget(ApplicationContext context) {
        this.context = context;
    }

    /** {@code --jdbc-url}, {@code --db-user}, {@code --db-password} (or env DATASOURCES_DEFAULT_USERNAME/PASSWORD). */
    static PostgresProvisioningTarget open(Map<String, String> options) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("datasources.default.url", options.get("jdbc-url"));
        if (options.containsKey("db-user")) {
            settings.put("datasources.default.username", options.get("db-user"));
        }
        if (options.containsKey("db-password")) {
            settings.put("datasources.default.password", options.get("db-password"));
        }
        settings.put("datasources.default.maximum-pool-size", "2");
        settings.put("flyway.datasources.default.enabled", "true");
        return new PostgresProvisioningTarget(ApplicationContext.builder().properties(settings)
                .deduceEnvironment(false).banner(false).start());
    }

    @Override
    public Provisioning provisioning() {
        return new Provisioning(context.getBean(PostgresTenancyStore.class), Clock.systemUTC());
    }

    @Override
    public ProjectProvisioning projectProvisioning() {
        return new ProjectProvisioning(context.getBean(PostgresProjectStore.class));
    }

    @Override
    public OAuthTokens oAuthTokens() {
        return new OAuthTokens(context.getBean(PostgresTenancyStore.class), context.getBean(PostgresOAuthStore.class),
                Clock.systemUTC());
    }

    @Override
    public void close() {
        context.close();
    }
}
