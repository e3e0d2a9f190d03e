package com.telephony.domain.extline;

import com.telephony.domain.DomainException;

/** NUMBER was not given, or is empty once trimmed. */
public final class ExternalLineNumberEmpty extends DomainException {
    public ExternalLineNumberEmpty() {
        super("external line number is empty");
    }
}
