package com.telephony.store.memory;

import com.telephony.domain.sip.SipConnector;
import com.telephony.domain.sip.SipConnectorStore;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The SIP Connector state of each portal, in memory: the last save wins, as a DynamoDB put does. */
public final class InMemorySipConnectorStore implements SipConnectorStore {
    private final Map<String, SipConnector> connectors = new ConcurrentHashMap<>();

    @Override
    public Optional<SipConnector> find(String portalId) {
        return Optional.ofNullable(connectors.get(portalId));
    }

    @Override
    public void save(String portalId, SipConnector connector) {
        connectors.put(portalId, connector);
    }
}
