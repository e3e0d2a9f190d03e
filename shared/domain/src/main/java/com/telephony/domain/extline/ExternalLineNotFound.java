package com.telephony.domain.extline;

import com.telephony.domain.DomainException;

/** The calling application has no line with this number; the wire message names the number. */
public final class ExternalLineNotFound extends DomainException {
    private final String number;

    public ExternalLineNotFound(String number) {
        super("external line not found");
        this.number = number;
    }

    public String number() {
        return number;
    }
}
