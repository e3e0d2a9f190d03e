package com.telephony.domain.tenancy;

import java.util.Set;

/**
 * Who is calling: the portal, the acting user, and the application whose data the call may see.
 * Webhook calls have no application; their data belongs to the owner key {@link #NO_APPLICATION}.
 */
public record Caller(Portal portal, PortalUser user, AuthType authType, String applicationId, Set<String> scopes) {
    /** Owner key of lines created through webhooks ("no app" is its own owner: docs/bitrix24/rest-conventions.md, "Webhook-made data"). */
    public static final String NO_APPLICATION = "";

    public Caller {
        scopes = Set.copyOf(scopes);
    }

    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }

    public boolean inApplicationContext() {
        return authType == AuthType.APPLICATION;
    }

    public String portalId() {
        return portal.id();
    }
}
