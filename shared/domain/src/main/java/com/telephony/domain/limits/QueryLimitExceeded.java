package com.telephony.domain.limits;

import com.telephony.domain.DomainException;

/** The portal's request bucket is full: the request is refused before anything runs. */
public final class QueryLimitExceeded extends DomainException {
    public QueryLimitExceeded() {
        super("request bucket full");
    }
}
