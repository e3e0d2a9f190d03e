package com.telephony.domain.sip.listing;

import com.telephony.domain.DomainException;

/** A between filter ({@code ><}, {@code !><}) did not get exactly two values. */
public final class InvalidFilterValue extends DomainException {
    private final String key;

    public InvalidFilterValue(String key) {
        super("between filter needs two values");
        this.key = key;
    }

    public String key() {
        return key;
    }
}
