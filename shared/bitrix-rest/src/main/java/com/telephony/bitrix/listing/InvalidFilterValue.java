package com.telephony.bitrix.listing;

import com.telephony.bitrix.BitrixError;

/** A between filter ({@code ><}, {@code !><}) did not get exactly two values. */
public final class InvalidFilterValue extends SipLineQueryError {
    private final String key;

    public InvalidFilterValue(String key) {
        super("between filter needs two values");
        this.key = key;
    }

    @Override
    public BitrixError toBitrixError() {
        return BitrixError.core("Filter `" + key + "` needs an array of two values");
    }

    public String key() {
        return key;
    }
}
