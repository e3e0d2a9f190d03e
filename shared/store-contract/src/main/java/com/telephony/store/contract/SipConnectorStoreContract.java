package com.telephony.store.contract;

import com.telephony.domain.sip.SipConnector;
import com.telephony.domain.sip.SipConnectorStore;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What every {@link SipConnectorStore} must do: one state per portal, empty until set, the last save wins. */
public abstract class SipConnectorStoreContract {
    protected abstract SipConnectorStore connectors();

    @Test
    void aPortalsStateRoundTripsAndStaysItsOwn() {
        String portal = "portal-" + UUID.randomUUID();
        String neighbour = "portal-" + UUID.randomUUID();
        assertEquals(Optional.empty(), connectors().find(portal), "never set");

        SipConnector paid = new SipConnector(0, true, Instant.parse("2026-12-31T00:00:00Z"));
        connectors().save(portal, paid);
        assertEquals(Optional.of(paid), connectors().find(portal));
        assertEquals(Optional.empty(), connectors().find(neighbour));

        connectors().save(portal, SipConnector.DEFAULT);
        assertEquals(Optional.of(SipConnector.DEFAULT), connectors().find(portal), "the last save wins, paidUntil dropped");
        SipConnector partly = new SipConnector(17, false, null);
        connectors().save(neighbour, partly);
        assertEquals(Optional.of(partly), connectors().find(neighbour));
        assertEquals(Optional.of(SipConnector.DEFAULT), connectors().find(portal));
    }
}
