package com.telephony.domain.extline;

import com.telephony.domain.Fixtures;
import com.telephony.domain.tenancy.Caller;
import com.telephony.domain.tenancy.Portal;
import com.telephony.store.memory.InMemoryExternalLineStore;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The external-line use cases over the in-memory store, in the original's check order. */
class ExternalLineServiceTest {
    private final InMemoryExternalLineStore store = new InMemoryExternalLineStore();
    private final ExternalLineService service = new ExternalLineService(store);
    private final Portal portal = Fixtures.portal();
    private final Caller appA = Fixtures.application(portal, "app.a");
    private final Caller appB = Fixtures.application(portal, "app.b");

    @Test
    void addDefaultsAndKeepsLinesPerApplication() {
        ExternalLine line = service.add(appA, new NewExternalLine("100", null, null));
        assertEquals("", line.name());
        assertTrue(line.crmAutoCreate(), "on unless said otherwise");
        ExternalLine off = service.add(appA, new NewExternalLine("200", "Sales", false));
        assertFalse(off.crmAutoCreate());
        service.add(appB, new NewExternalLine("100", "B's", true));
        assertEquals(List.of(line, off), service.list(appA));
        assertEquals(1, service.list(appB).size());
        assertTrue(off.id() > line.id());
    }

    @Test
    void addChecksInTheOriginalsOrder() {
        assertThrows(ExternalLineNumberEmpty.class, () -> service.add(appA, new NewExternalLine("", "n".repeat(300), null)));
        service.add(appA, new NewExternalLine("100", null, null));
        assertThrows(ExternalLineExists.class, () -> service.add(appA, new NewExternalLine("100", "n".repeat(300), null)),
                "a duplicate is reported before the over-long name");
        ExternalLineTooLong name = assertThrows(ExternalLineTooLong.class,
                () -> service.add(appA, new NewExternalLine("101", "n".repeat(256), null)));
        assertEquals(ExternalLineTooLong.Field.NAME, name.field());
        ExternalLineTooLong number = assertThrows(ExternalLineTooLong.class,
                () -> service.add(appA, new NewExternalLine("1".repeat(51), null, null)));
        assertEquals(ExternalLineTooLong.Field.NUMBER, number.field());
        assertEquals(1, service.list(appA).size(), "nothing refused was stored");
    }

    @Test
    void updateChangesOnlyWhatIsGivenOnTheCallersOwnLine() {
        ExternalLine line = service.add(appA, new NewExternalLine("100", "Desk", true));
        assertThrows(NoExternalLineChanges.class, () -> service.update(appA, new ExternalLineChanges("100", null, null)));
        assertThrows(ExternalLineNumberEmpty.class, () -> service.update(appA, new ExternalLineChanges(null, "x", null)));
        assertThrows(ExternalLineNotFound.class, () -> service.update(appB, new ExternalLineChanges("100", "x", null)));
        assertThrows(ExternalLineNotFound.class, () -> service.update(appA, new ExternalLineChanges("1".repeat(51), "x", null)));
        assertThrows(ExternalLineNotFound.class,
                () -> service.update(appA, new ExternalLineChanges("999", "n".repeat(256), null)), "not found wins");
        assertThrows(ExternalLineTooLong.class,
                () -> service.update(appA, new ExternalLineChanges("100", "n".repeat(256), null)));

        ExternalLine renamed = service.update(appA, new ExternalLineChanges("100", "Front", null));
        assertEquals(new ExternalLine(line.owner(), line.id(), "100", "Front", true), renamed);
        assertEquals(new ExternalLine(line.owner(), line.id(), "100", "Front", false),
                service.update(appA, new ExternalLineChanges("100", null, false)));
    }

    @Test
    void deleteRemovesOnlyTheCallersOwnLine() {
        service.add(appA, new NewExternalLine("100", null, null));
        assertThrows(ExternalLineNotFound.class, () -> service.delete(appB, "100"));
        assertThrows(ExternalLineNotFound.class, () -> service.delete(appA, "1".repeat(51)));
        assertThrows(ExternalLineNumberEmpty.class, () -> service.delete(appA, ""));
        service.delete(appA, "100");
        assertEquals(List.of(), service.list(appA));
        ExternalLineNotFound gone = assertThrows(ExternalLineNotFound.class, () -> service.delete(appA, "100"));
        assertEquals("100", gone.number());
    }
}
