package com.telephony.domain.fabric;

import com.telephony.domain.DomainException;

/** No, malformed or unknown Basic credentials, or a token of another project. Deliberately one reason only. */
public final class InvalidProjectCredentials extends DomainException {
    public InvalidProjectCredentials() {
        super("invalid project credentials");
    }
}
