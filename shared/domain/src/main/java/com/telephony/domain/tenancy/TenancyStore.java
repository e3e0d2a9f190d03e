package com.telephony.domain.tenancy;

import java.util.Optional;

/** Port: where portals, users, applications and credentials live. */
public interface TenancyStore {
    void savePortal(Portal portal);

    void saveUser(PortalUser user);

    void saveApplication(Application application);

    void saveWebhook(Webhook webhook);

    void saveAccessToken(AccessToken token);

    Optional<Portal> findPortal(String portalId);

    Optional<PortalUser> findUser(String portalId, long userId);

    Optional<Application> findApplication(String portalId, String clientId);

    Optional<Webhook> findWebhook(String codeHash);

    Optional<AccessToken> findAccessToken(String tokenHash);
}
