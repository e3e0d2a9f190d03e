package com.telephony.domain.extline;

import com.telephony.domain.DomainException;

/** An update gave neither NAME nor CRM_AUTO_CREATE. */
public final class NoExternalLineChanges extends DomainException {
    public NoExternalLineChanges() {
        super("no external line fields to update");
    }
}
