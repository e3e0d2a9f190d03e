package com.telephony.bitrix.listing;

import com.telephony.bitrix.BitrixError;

/** A FILTER key starts with characters that are not one of the documented operators. */
public final class UnknownFilterOperator extends SipLineQueryError {
    private final String operator;
    private final String key;

    public UnknownFilterOperator(String operator, String key) {
        super("unknown filter operator");
        this.operator = operator;
        this.key = key;
    }

    @Override
    public BitrixError toBitrixError() {
        return BitrixError.core("Unknown filter operation `" + operator + "` in `" + key + "`");
    }

    public String operator() {
        return operator;
    }

    public String key() {
        return key;
    }
}
