package com.telephony.domain.extline;

/** A line to register, as given: {@code null} means "not given" (the number is required, the flag defaults to on). */
public record NewExternalLine(String number, String name, Boolean crmAutoCreate) {
}
