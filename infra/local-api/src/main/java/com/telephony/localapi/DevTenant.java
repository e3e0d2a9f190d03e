package com.telephony.localapi;

import com.telephony.domain.fabric.ProjectProvisioning;
import com.telephony.domain.tenancy.AccessToken;
import com.telephony.domain.tenancy.Application;
import com.telephony.domain.tenancy.OAuthTokens;
import com.telephony.domain.tenancy.Provisioning;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Set;

/**
 * The development tenants the local API provisions at start-up: a Bitrix24 portal and a SignalWire project. Their
 * credentials are fixed so the README's curl examples work as printed; they are stored hashed like any other, and
 * exist only in the local engine. Provisioning is idempotent, so a persistent data folder keeps its lines and
 * endpoints across restarts.
 *
 * @param signalWireProjectId the project id of SignalWire's own documentation examples
 */
record DevTenant(String portalId, String webhookCode, String clientId, String appToken, String signalWireProjectId,
                 String signalWireToken) {
    static final DevTenant DEFAULT = new DevTenant("localdev", "localdevwebhook", "local.devapp.0001", "localdevapptoken",
            "1313fe58-5e14-4c11-bbe7-6fdfa11fe780", "PTlocaldevsignalwiretoken");
    /** The development application's client secret. */
    static final String CLIENT_SECRET = "localdevclientsecret";
    /**
     * The development refresh token. Single use like any other, so it is provisioned again at every start: the
     * README's refresh example works once per start, and its answer carries the next refresh token.
     */
    static final String REFRESH_TOKEN = "localdevrefreshtoken";

    /** Local tokens last a day, not Bitrix24's hour, so a paused session does not end in expired_token. */
    static final Duration TOKEN_LIFETIME = Duration.ofDays(1);

    void provision(Provisioning provisioning, ProjectProvisioning projects, OAuthTokens oauth) {
        provisioning.createPortal(portalId, "dev.bitrix24.local", ZoneId.of("UTC"));
        provisioning.addUser(portalId, 1, "Developer", true, true);
        provisioning.createWebhook(portalId, 1, Set.of("telephony"), webhookCode);
        AccessToken token = addApplication(provisioning, clientId, "Local app", appToken);
        oauth.createClientSecret(portalId, clientId, CLIENT_SECRET);
        oauth.issueRefreshToken(token, REFRESH_TOKEN);
        projects.createProject(signalWireProjectId, "Local development project");
        projects.issueToken(signalWireProjectId, signalWireToken);
    }

    /** An application of the development portal with the telephony scope, and a token of user 1 for it. */
    AccessToken addApplication(Provisioning provisioning, String appClientId, String name, String token) {
        Application app = provisioning.registerApplication(portalId, appClientId, name, Set.of("telephony"));
        return provisioning.issueAccessToken(portalId, app.clientId(), 1, TOKEN_LIFETIME, token).token();
    }

    String webhookUrl(String baseUrl) {
        return baseUrl + "/rest/1/" + webhookCode + "/";
    }

    String sipEndpointsUrl(String baseUrl) {
        return baseUrl + "/api/fabric/resources/sip_endpoints";
    }
}
