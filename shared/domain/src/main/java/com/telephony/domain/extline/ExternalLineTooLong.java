package com.telephony.domain.extline;

import com.telephony.domain.DomainException;

/**
 * A value does not fit Bitrix24's columns (NUMBER varchar(50), NAME varchar(255)). There the database write fails
 * and the method answers its generic "DB error"; here the same answer comes before anything is written.
 */
public final class ExternalLineTooLong extends DomainException {
    public ExternalLineTooLong(String field, int limit) {
        super(field + " exceeds " + limit + " characters");
    }
}
