package com.telephony.domain.extline;

import com.telephony.domain.DomainException;

/** The calling application already registered this number (other applications' numbers do not count). */
public final class ExternalLineExists extends DomainException {
    public ExternalLineExists() {
        super("external line already exists");
    }
}
