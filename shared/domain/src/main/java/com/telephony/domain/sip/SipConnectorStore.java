package com.telephony.domain.sip;

import java.util.Optional;

/** Port: the SIP Connector state of each portal. */
public interface SipConnectorStore {
    /** Empty when the portal's connector was never set (it then has {@link SipConnector#DEFAULT}). */
    Optional<SipConnector> find(String portalId);

    void save(String portalId, SipConnector connector);
}
