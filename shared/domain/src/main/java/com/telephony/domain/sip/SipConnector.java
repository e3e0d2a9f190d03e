package com.telephony.domain.sip;

import java.time.Instant;
import java.util.Objects;

/**
 * The portal's SIP Connector (the paid add-on that enables SIP PBX use): free set-up minutes, and whether it is
 * paid and until when. A portal that never bought it has {@link #DEFAULT}.
 */
public record SipConnector(int freeMinutes, boolean paid, Instant paidUntil) {
    /** What Bitrix24 shows a portal that has not paid: 60 free minutes for set-up and testing. */
    public static final SipConnector DEFAULT = new SipConnector(60, false, null);

    public SipConnector {
        if (freeMinutes < 0) {
            throw new IllegalArgumentException("free minutes cannot be negative");
        }
        if (paid) {
            Objects.requireNonNull(paidUntil, "a paid connector has an end date");
        } else if (paidUntil != null) {
            throw new IllegalArgumentException("an unpaid connector has no end date");
        }
    }
}
