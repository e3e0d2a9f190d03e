package com.telephony.bitrix.methods;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExternalLineParamsTest {
    @Test
    void numberIsTrimmedWithPhpsCharacterSetOnly() {
        assertEquals("14151234567", ExternalLineParams.number(" \t\n\r\0\u000B14151234567\u000B\0 \r\n"));
        assertEquals("\u00A0123", ExternalLineParams.number("\u00A0123 "), "PHP trim keeps a no-break space");
        assertEquals("\u0001123", ExternalLineParams.number("\u0001123"), "and other control characters");
        assertEquals("1 2", ExternalLineParams.number(" 1 2 "), "inner spaces stay");
        assertEquals("", ExternalLineParams.number("\t\n\r\0\u000B "));
        assertNull(ExternalLineParams.number((String) null));
    }

    @Test
    void crmAutoCreateIsOnOnlyForExactlyY() {
        assertTrue(ExternalLineParams.crmAutoCreate("Y"));
        for (String other : new String[]{"N", "y", "", " Y", "Y ", "YES", "1", "true"}) {
            assertFalse(ExternalLineParams.crmAutoCreate(other), other);
        }
        assertNull(ExternalLineParams.crmAutoCreate((String) null));
        assertEquals("Y", ExternalLineParams.flag(true));
        assertEquals("N", ExternalLineParams.flag(false));
    }
}
