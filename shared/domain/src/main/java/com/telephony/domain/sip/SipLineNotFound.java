package com.telephony.domain.sip;

import com.telephony.domain.DomainException;

/** No line with this CONFIG_ID among the caller's own lines (other applications' lines are invisible). */
public final class SipLineNotFound extends DomainException {
    public SipLineNotFound() {
        super("SIP line not found");
    }
}
