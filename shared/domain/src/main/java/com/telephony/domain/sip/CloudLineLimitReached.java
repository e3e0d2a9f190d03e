package com.telephony.domain.sip;

import com.telephony.domain.DomainException;

/** The portal already has the maximum number of cloud lines (all applications counted). */
public final class CloudLineLimitReached extends DomainException {
    public CloudLineLimitReached(int limit) {
        super("cloud line limit of " + limit + " reached");
    }
}
