package com.telephony.domain.extline;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExternalLineRulesTest {
    @Test
    void numberIsTrimmedWithPhpsCharacterSetOnly() {
        assertEquals("14151234567", ExternalLineRules.number(" \t\n\r\0\u000B14151234567\u000B\0 \r\n"));
        assertEquals("\u00A0123", ExternalLineRules.number("\u00A0123 "), "PHP trim keeps a no-break space");
        assertEquals("\u0001123", ExternalLineRules.number("\u0001123"), "and other control characters");
        assertEquals("1 2", ExternalLineRules.number(" 1 2 "), "inner spaces stay");
        assertEquals("0", ExternalLineRules.number("0"), "\"0\" is not empty");
    }

    @Test
    void emptyNumbers() {
        for (String empty : new String[]{null, "", " ", "\t\n\r\0\u000B"}) {
            assertThrows(ExternalLineNumberEmpty.class, () -> ExternalLineRules.number(empty));
        }
    }

    @Test
    void crmAutoCreateIsYOnlyForExactlyY() {
        assertEquals("Y", ExternalLineRules.crmAutoCreate("Y"));
        for (String other : new String[]{"N", "y", "", " Y", "Y ", "YES", "1", "true"}) {
            assertEquals("N", ExternalLineRules.crmAutoCreate(other), other);
        }
    }

    @Test
    void lengthsCountCharactersNotUtf16Units() {
        assertTrue(ExternalLineRules.numberFits("1".repeat(50)));
        assertFalse(ExternalLineRules.numberFits("1".repeat(51)));
        assertTrue(ExternalLineRules.numberFits("\uD83D\uDCDE".repeat(50)));
        assertTrue(ExternalLineRules.nameFits(null));
        assertTrue(ExternalLineRules.nameFits("\uD83D\uDCDE".repeat(255)));
        assertFalse(ExternalLineRules.nameFits("n".repeat(256)));
    }
}
