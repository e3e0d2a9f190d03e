package com.telephony.localapi;

import com.telephony.domain.tenancy.Application;
import com.telephony.domain.tenancy.Provisioning;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Set;

/**
 * The development portal the local API provisions at start-up. Its credentials are fixed so the README's curl
 * examples work as printed; they are stored hashed like any other, and exist only in the local engine.
 * Provisioning is idempotent, so a persistent data folder keeps its lines across restarts.
 */
record DevTenant(String portalId, String webhookCode, String clientId, String appToken) {
    static final DevTenant DEFAULT = new DevTenant("localdev", "localdevwebhook", "local.devapp.0001", "localdevapptoken");

    /** Local tokens last a day, not Bitrix24's hour, so a paused session does not end in expired_token. */
    static final Duration TOKEN_LIFETIME = Duration.ofDays(1);

    void provision(Provisioning provisioning) {
        provisioning.createPortal(portalId, "dev.bitrix24.local", ZoneId.of("UTC"));
        provisioning.addUser(portalId, 1, "Developer", true, true);
        provisioning.createWebhook(portalId, 1, Set.of("telephony"), webhookCode);
        Application app = provisioning.registerApplication(portalId, clientId, "Local app", Set.of("telephony"));
        provisioning.issueAccessToken(portalId, app.clientId(), 1, TOKEN_LIFETIME, appToken);
    }

    String webhookUrl(String baseUrl) {
        return baseUrl + "/rest/1/" + webhookCode + "/";
    }
}
