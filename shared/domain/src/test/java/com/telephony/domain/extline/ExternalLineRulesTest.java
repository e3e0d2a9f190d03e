package com.telephony.domain.extline;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExternalLineRulesTest {
    @Test
    void aNumberMustNotBeEmpty() {
        assertEquals("0", ExternalLineRules.number("0"), "\"0\" is not empty");
        assertEquals(" 1 ", ExternalLineRules.number(" 1 "), "trimming is the edge's");
        assertThrows(ExternalLineNumberEmpty.class, () -> ExternalLineRules.number(null));
        assertThrows(ExternalLineNumberEmpty.class, () -> ExternalLineRules.number(""));
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
