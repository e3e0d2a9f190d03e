package com.telephony.domain.sip;

import com.telephony.domain.Fixtures;
import com.telephony.store.memory.InMemorySipConnectorStore;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The small values and the connector use case. */
class SmallRulesTest {
    @Test
    void theConnectorIsTheDefaultUntilSet() {
        InMemorySipConnectorStore store = new InMemorySipConnectorStore();
        SipConnectorService service = new SipConnectorService(store);
        var caller = Fixtures.webhook(Fixtures.portal());
        assertEquals(SipConnector.DEFAULT, service.status(caller));
        SipConnector paid = new SipConnector(0, true, Instant.parse("2026-12-31T00:00:00Z"));
        store.save(caller.portalId(), paid);
        assertEquals(paid, service.status(caller));
        assertThrows(IllegalArgumentException.class, () -> new SipConnector(-1, false, null));
        assertThrows(NullPointerException.class, () -> new SipConnector(0, true, null));
        assertThrows(IllegalArgumentException.class, () -> new SipConnector(0, false, Instant.EPOCH));
    }

    @Test
    void configIdRanges() {
        assertTrue(ConfigIdRange.NONE.isEmpty());
        assertFalse(ConfigIdRange.ALL.isEmpty());
        assertEquals(new ConfigIdRange(3, 7), ConfigIdRange.atLeast(3).intersect(ConfigIdRange.atMost(7)));
        assertTrue(ConfigIdRange.atLeast(8).intersect(ConfigIdRange.atMost(7)).isEmpty());
    }

    @Test
    void typesParseByNameIgnoringCase() {
        assertEquals(SipLineType.OFFICE, SipLineType.parse(" Office ").orElseThrow());
        assertTrue(SipLineType.parse("pstn").isEmpty());
    }

    @Test
    void recordsNeverPrintPasswords() {
        SipLine line = new SipLine(new LineOwner("p", ""), 1, 1, SipLineType.OFFICE, null, "t", "s", "l", "secret-pw",
                "in", "sip1", "incoming-secret", null, null, "N", "diversion;to", 0, null);
        assertFalse(line.toString().contains("secret-pw") || line.toString().contains("incoming-secret"));
        assertFalse(new SipLineChange(null, null, null, "hunter2").toString().contains("hunter2"));
        assertFalse(new SipLineRules.Checked(SipLineType.CLOUD, "t", "s", "l", "hunter2").toString().contains("hunter2"));
        assertThrows(IllegalArgumentException.class, () -> new InvalidSipLineFields(List.of()));
    }
}
