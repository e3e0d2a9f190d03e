package com.telephony.domain.sip.listing;

import com.telephony.domain.DomainException;

/** ORDER is neither ASC nor DESC (compared case-insensitively). */
public final class InvalidSortDirection extends DomainException {
    public InvalidSortDirection() {
        super("sort direction must be ASC or DESC");
    }
}
