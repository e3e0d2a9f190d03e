package com.telephony.bitrix.methods;

import com.telephony.domain.sip.RegistrationResult;
import com.telephony.domain.sip.SipLineType;

/**
 * How Bitrix24 spells the SIP line enums on the wire (docs/bitrix24/sip-lines.md): TYPE and STATUS_RESULT. The
 * switches are exhaustive, so a value added to the domain does not compile until it has its spelling here.
 */
public final class SipLineNames {
    private SipLineNames() {
    }

    public static String of(SipLineType type) {
        return switch (type) {
            case CLOUD -> "cloud";
            case OFFICE -> "office";
        };
    }

    public static String of(RegistrationResult.Outcome outcome) {
        return switch (outcome) {
            case SUCCESS -> "success";
            case ERROR -> "error";
            case IN_PROGRESS -> "in_progress";
            case WAIT -> "wait";
        };
    }
}
