package com.telephony.domain.sip;

import java.util.Locale;
import java.util.Optional;

/** cloud: the line registers out to the provider; office: the customer's PBX registers in to us. */
public enum SipLineType {
    CLOUD,
    OFFICE;

    /** By name, ignoring case and surrounding space. */
    public static Optional<SipLineType> parse(String value) {
        String upper = value.trim().toUpperCase(Locale.ROOT);
        for (SipLineType type : values()) {
            if (type.name().equals(upper)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
