package com.telephony.domain.sip;

import com.telephony.domain.tenancy.Caller;

/** voximplant.sip.connector.status: the caller's portal's connector state (portal-wide, not per application). */
public final class SipConnectorService {
    private final SipConnectorStore store;

    public SipConnectorService(SipConnectorStore store) {
        this.store = store;
    }

    public SipConnector status(Caller caller) {
        return store.find(caller.portalId()).orElse(SipConnector.DEFAULT);
    }
}
