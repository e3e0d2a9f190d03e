package com.telephony.domain.tenancy;

/** An application's OAuth client id and the hash of its client secret (the secret itself is never kept). */
public record ClientCredentials(String clientId, String portalId, String secretHash) {
    @Override
    public String toString() {
        return "ClientCredentials[clientId=" + clientId + ", portalId=" + portalId + "]";
    }
}
