package com.telephony.domain.extline;

/** telephony.externalLine.update's fields as received; {@code null} means "not given". */
public record ExternalLineChanges(String number, String name, String crmAutoCreate) {
    public boolean changesNothing() {
        return name == null && crmAutoCreate == null;
    }
}
