package com.telephony.domain.sip;

import java.time.Instant;

/** The answer of voximplant.sip.status: the registration's latest result and when it was obtained. */
public record RegistrationStatus(long regId, Instant lastUpdated, RegistrationResult result) {
}
