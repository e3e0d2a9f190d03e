package com.telephony.domain.sip;

import java.util.Locale;
import java.util.Optional;

/** cloud: Bitrix registers out to the provider; office: the customer's PBX registers in to Bitrix. */
public enum SipLineType {
    CLOUD("cloud"),
    OFFICE("office");

    private final String wireName;

    SipLineType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** Case-insensitive, as the source lowercases TYPE before checking it. */
    public static Optional<SipLineType> parse(String value) {
        String lower = value.trim().toLowerCase(Locale.ROOT);
        for (SipLineType type : values()) {
            if (type.wireName.equals(lower)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
