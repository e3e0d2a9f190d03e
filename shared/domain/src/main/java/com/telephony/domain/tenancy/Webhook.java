package com.telephony.domain.tenancy;

import java.util.Set;

/** An incoming webhook. Only the hash of its secret code is ever kept. */
public record Webhook(String codeHash, String portalId, long userId, Set<String> scopes) {
    public Webhook {
        scopes = Set.copyOf(scopes);
    }
}
