package com.telephony.domain.sip;

import com.telephony.domain.DomainException;

/** Another line of the portal (any application) already carries this title, compared trimmed and case-insensitively. */
public final class SipLineTitleTaken extends DomainException {
    public SipLineTitleTaken() {
        super("title already in use in this portal");
    }
}
