package com.telephony.domain.sip;

import com.telephony.domain.DomainException;

import java.util.List;

/** One or more field rules failed; every message is kept, in the order the fields are checked. */
public final class InvalidSipLineFields extends DomainException {
    private final List<String> messages;

    public InvalidSipLineFields(List<String> messages) {
        super(String.join("; ", messages));
        this.messages = List.copyOf(messages);
    }

    public List<String> messages() {
        return messages;
    }
}
