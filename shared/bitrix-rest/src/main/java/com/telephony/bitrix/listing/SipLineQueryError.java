package com.telephony.bitrix.listing;

import com.telephony.bitrix.BitrixError;

/**
 * A sip.get query Bitrix24 refuses (docs/bitrix24/sip-get.md, "Errors"). Each kind says once how it looks on the
 * wire; the texts are ours, because Bitrix24 passes its ORM's exception text through.
 */
public abstract sealed class SipLineQueryError extends RuntimeException
        permits UnknownSipLineField, UnknownFilterOperator, InvalidFilterValue, InvalidSortDirection {
    protected SipLineQueryError(String message) {
        super(message, null, false, false);
    }

    public abstract BitrixError toBitrixError();
}
