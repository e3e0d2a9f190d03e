package com.telephony.domain.fabric;

import com.telephony.domain.DomainException;

/** No SIP endpoint with this id in the caller's project: unknown, deleted, another project's, or not a UUID at all. */
public final class SipEndpointNotFound extends DomainException {
    public SipEndpointNotFound() {
        super("SIP endpoint not found");
    }
}
