package com.telephony.testsupport;

import com.telephony.domain.tenancy.Application;
import com.telephony.domain.tenancy.AuthType;
import com.telephony.domain.tenancy.Caller;
import com.telephony.domain.tenancy.Portal;
import com.telephony.domain.tenancy.PortalUser;
import com.telephony.domain.tenancy.Provisioning;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Set;

/**
 * A provisioned portal and its callers:
 * user 1 (admin) with a telephony webhook and tokens for two applications, A and B;
 * user 2 without the telephony permission, with a telephony webhook;
 * user 3 with the permission but a webhook lacking the telephony scope.
 */
public record TestPortal(Portal portal, String webhookPath, String otherWebhookPath, String noPermissionWebhookPath,
                         String noScopeWebhookPath, Application appA, String tokenA, Application appB, String tokenB,
                         String noPermissionTokenA, String expiredTokenA) {

    public static TestPortal create(Provisioning provisioning) {
        Portal portal = provisioning.createPortal("test-" + System.nanoTime() + ".bitrix24.com", ZoneId.of("Europe/Berlin"));
        String id = portal.id();
        provisioning.addUser(id, 1, "Admin", true, true);
        provisioning.addUser(id, 2, "Operator", false, false);
        provisioning.addUser(id, 3, "Line manager", false, true);
        Set<String> telephony = Set.of("telephony");
        String webhook = path(1, provisioning.createWebhook(id, 1, telephony).code());
        String other = path(1, provisioning.createWebhook(id, 1, Set.of("telephony", "crm")).code());
        String noPermission = path(2, provisioning.createWebhook(id, 2, telephony).code());
        String noScope = path(3, provisioning.createWebhook(id, 3, Set.of("crm")).code());
        Application appA = provisioning.registerApplication(id, "App A", telephony);
        Application appB = provisioning.registerApplication(id, "App B", telephony);
        Duration hour = Provisioning.ACCESS_TOKEN_LIFETIME;
        String tokenA = provisioning.issueAccessToken(id, appA.clientId(), 1, hour).plaintext();
        String tokenB = provisioning.issueAccessToken(id, appB.clientId(), 1, hour).plaintext();
        String noPermissionTokenA = provisioning.issueAccessToken(id, appA.clientId(), 2, hour).plaintext();
        String expired = provisioning.issueAccessToken(id, appA.clientId(), 1, Duration.ofSeconds(-1)).plaintext();
        return new TestPortal(portal, webhook, other, noPermission, noScope, appA, tokenA, appB, tokenB,
                noPermissionTokenA, expired);
    }

    /** Which of the portal's callers owns or asks. */
    public enum As {
        WEBHOOK,
        APP_A,
        APP_B
    }

    /** User 1 (admin) of the portal, calling as the webhook or as application A or B. */
    public Caller caller(As as) {
        PortalUser admin = new PortalUser(portal.id(), 1, "Admin", true, true);
        return switch (as) {
            case WEBHOOK -> new Caller(portal, admin, AuthType.WEBHOOK, Caller.NO_APPLICATION, Set.of("telephony"));
            case APP_A -> new Caller(portal, admin, AuthType.APPLICATION, appA.clientId(), Set.of("telephony"));
            case APP_B -> new Caller(portal, admin, AuthType.APPLICATION, appB.clientId(), Set.of("telephony"));
        };
    }

    /** The path and auth that make a call as {@code as}: the webhook URL, or {@code /rest/} with the token in the query. */
    public String url(As as, String method) {
        return switch (as) {
            case WEBHOOK -> webhookPath + method;
            case APP_A -> "/rest/" + method + "?auth=" + tokenA;
            case APP_B -> "/rest/" + method + "?auth=" + tokenB;
        };
    }

    private static String path(long userId, String code) {
        return "/rest/" + userId + "/" + code + "/";
    }
}
