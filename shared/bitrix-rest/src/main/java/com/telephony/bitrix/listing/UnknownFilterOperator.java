package com.telephony.domain.sip.listing;

import com.telephony.domain.DomainException;

/** A FILTER key starts with characters that are not one of the documented operators. */
public final class UnknownFilterOperator extends DomainException {
    private final String operator;
    private final String key;

    public UnknownFilterOperator(String operator, String key) {
        super("unknown filter operator");
        this.operator = operator;
        this.key = key;
    }

    public String operator() {
        return operator;
    }

    public String key() {
        return key;
    }
}
