package com.telephony.domain.sip.listing;

import com.telephony.domain.DomainException;

/** A FILTER key or SORT names a field sip.get does not have. */
public final class UnknownSipLineField extends DomainException {
    private final String name;

    public UnknownSipLineField(String name) {
        super("unknown SIP line field");
        this.name = name;
    }

    /** The field name as the caller wrote it (uppercased). */
    public String name() {
        return name;
    }
}
