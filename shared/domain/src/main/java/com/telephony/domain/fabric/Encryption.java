package com.telephony.domain.fabric;

/** Media encryption policy of a SIP endpoint (contract §4; {@code disabled} is not a value). */
public enum Encryption implements WireValue {
    REQUIRED("required"),
    OPTIONAL("optional"),
    DEFAULT("default");

    private final String wireName;

    Encryption(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}
