package com.telephony.store.memory;

import com.telephony.domain.tenancy.AccessToken;
import com.telephony.domain.tenancy.Application;
import com.telephony.domain.tenancy.Portal;
import com.telephony.domain.tenancy.PortalUser;
import com.telephony.domain.tenancy.TenancyStore;
import com.telephony.domain.tenancy.Webhook;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Portals, users, applications and credential hashes in memory; every save replaces, as a DynamoDB put does. */
public final class InMemoryTenancyStore implements TenancyStore {
    private record UserKey(String portalId, long userId) {
    }

    private record ApplicationKey(String portalId, String clientId) {
    }

    private final Map<String, Portal> portals = new ConcurrentHashMap<>();
    private final Map<UserKey, PortalUser> users = new ConcurrentHashMap<>();
    private final Map<ApplicationKey, Application> applications = new ConcurrentHashMap<>();
    private final Map<String, Webhook> webhooks = new ConcurrentHashMap<>();
    private final Map<String, AccessToken> tokens = new ConcurrentHashMap<>();

    @Override
    public void savePortal(Portal portal) {
        portals.put(portal.id(), portal);
    }

    @Override
    public void saveUser(PortalUser user) {
        users.put(new UserKey(user.portalId(), user.id()), user);
    }

    @Override
    public void saveApplication(Application application) {
        applications.put(new ApplicationKey(application.portalId(), application.clientId()), application);
    }

    @Override
    public void saveWebhook(Webhook webhook) {
        webhooks.put(webhook.codeHash(), webhook);
    }

    @Override
    public void saveAccessToken(AccessToken token) {
        tokens.put(token.tokenHash(), token);
    }

    @Override
    public Optional<Portal> findPortal(String portalId) {
        return Optional.ofNullable(portals.get(portalId));
    }

    @Override
    public Optional<PortalUser> findUser(String portalId, long userId) {
        return Optional.ofNullable(users.get(new UserKey(portalId, userId)));
    }

    @Override
    public Optional<Application> findApplication(String portalId, String clientId) {
        return Optional.ofNullable(applications.get(new ApplicationKey(portalId, clientId)));
    }

    @Override
    public Optional<Webhook> findWebhook(String codeHash) {
        return Optional.ofNullable(webhooks.get(codeHash));
    }

    @Override
    public Optional<AccessToken> findAccessToken(String tokenHash) {
        return Optional.ofNullable(tokens.get(tokenHash));
    }
}
