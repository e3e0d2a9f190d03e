package com.telephony.domain.extline;

/** telephony.externalLine.add's fields as received; {@code null} means "not given". */
public record NewExternalLine(String number, String name, String crmAutoCreate) {
}
