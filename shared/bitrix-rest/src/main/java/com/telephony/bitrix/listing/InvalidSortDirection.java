package com.telephony.bitrix.listing;

import com.telephony.bitrix.BitrixError;

import java.util.Map;

/** ORDER is neither ASC nor DESC (compared case-insensitively). */
public final class InvalidSortDirection extends SipLineQueryError {
    public InvalidSortDirection() {
        super("sort direction must be ASC or DESC");
    }

    @Override
    public BitrixError toBitrixError() {
        return new BitrixError(400, "ERROR_ARGUMENT", "Invalid order: ORDER must be ASC or DESC", Map.of("argument", "ORDER"));
    }
}
