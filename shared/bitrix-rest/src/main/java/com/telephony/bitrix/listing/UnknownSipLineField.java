package com.telephony.bitrix.listing;

import com.telephony.bitrix.BitrixError;

/** A FILTER key or SORT names a field sip.get does not have. */
public final class UnknownSipLineField extends SipLineQueryError {
    private final String name;

    public UnknownSipLineField(String name) {
        super("unknown SIP line field");
        this.name = name;
    }

    @Override
    public BitrixError toBitrixError() {
        return BitrixError.core("Unknown field definition `" + name + "` for SIP lines");
    }

    /** The field name as the caller wrote it (uppercased). */
    public String name() {
        return name;
    }
}
