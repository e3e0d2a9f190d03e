package com.telephony.domain.tenancy;

import java.util.Set;

/** An OAuth application installed on a portal, identified by its client id. */
public record Application(String portalId, String clientId, String name, Set<String> scopes) {
    public Application {
        scopes = Set.copyOf(scopes);
    }
}
