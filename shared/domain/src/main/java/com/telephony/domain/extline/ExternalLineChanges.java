package com.telephony.domain.extline;

/** What to change on the line with {@code number}: {@code null} means "not given", "keep". */
public record ExternalLineChanges(String number, String name, Boolean crmAutoCreate) {
    public boolean changesNothing() {
        return name == null && crmAutoCreate == null;
    }
}
