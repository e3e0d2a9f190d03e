package com.telephony.domain.sip;

import com.telephony.domain.tenancy.Caller;

/** The key every SIP line is kept under: the portal and the application that created it ({@code ""} for webhooks). */
public record LineOwner(String portalId, String applicationId) {
    public static LineOwner of(Caller caller) {
        return new LineOwner(caller.portalId(), caller.applicationId());
    }
}
