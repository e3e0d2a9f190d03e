package com.telephony.domain.extline;

import com.telephony.domain.tenancy.Caller;

/**
 * The key every external line is kept under: the portal and the application that registered it. Bitrix24's unique
 * key is {@code (REST_APP_ID, NUMBER)}, so two applications of one portal may register the same number.
 */
public record ExternalLineOwner(String portalId, String applicationId) {
    public static ExternalLineOwner of(Caller caller) {
        return new ExternalLineOwner(caller.portalId(), caller.applicationId());
    }
}
