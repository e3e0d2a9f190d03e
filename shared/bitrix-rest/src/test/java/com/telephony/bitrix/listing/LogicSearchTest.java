package com.telephony.bitrix.listing;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogicSearchTest {
    private static boolean matches(String expression, String value) {
        return LogicSearch.parse(expression).matches(value);
    }

    @Test
    void aTermIsACaseInsensitiveSubstring() {
        assertTrue(matches("PROVIDER", "sip.provider.com"));
        assertFalse(matches("office", "sip.provider.com"));
    }

    @Test
    void spacesAmpersandAndPlusAreAnd() {
        assertTrue(matches("sip provider", "sip.provider.com"));
        assertFalse(matches("sip office", "sip.provider.com"));
        assertFalse(matches("sip & office", "sip.provider.com"));
        assertFalse(matches("sip+office", "sip.provider.com"));
        assertTrue(matches("sip+com", "sip.provider.com"));
    }

    @Test
    void barIsOr() {
        assertTrue(matches("office | provider", "sip.provider.com"));
        assertFalse(matches("office|pbx", "sip.provider.com"));
    }

    @Test
    void tildeIsNot() {
        assertTrue(matches("~office", "sip.provider.com"));
        assertFalse(matches("~provider", "sip.provider.com"));
        assertTrue(matches("sip ~office", "sip.provider.com"));
        assertTrue(matches("~~sip", "sip.provider.com"));
    }

    @Test
    void precedenceIsNotThenAndThenOr() {
        // (office & pbx) | provider
        assertTrue(matches("office pbx | provider", "sip.provider.com"));
        // office & (pbx | provider)
        assertFalse(matches("office (pbx | provider)", "sip.provider.com"));
        assertTrue(matches("(office | sip) & (pbx | provider)", "sip.provider.com"));
        assertFalse(matches("~(sip | pbx)", "sip.provider.com"));
    }

    @Test
    void quotedPhrasesKeepTheirSpaces() {
        assertTrue(matches("\"main office\"", "Main Office PBX"));
        assertFalse(matches("\"main office\"", "Office main"));
        assertTrue(matches("main office", "Office main"));
        assertTrue(matches("'office pbx' | x", "main office pbx"));
    }

    @Test
    void redundantOperatorsAreSkipped() {
        assertTrue(matches("office | | provider", "sip.provider.com"));
        assertTrue(matches("& provider &", "sip.provider.com"));
        assertTrue(matches("provider ~", "sip.provider.com"));
        assertFalse(matches("office | & pbx", "sip.provider.com"));
    }

    @Test
    void anUnusableExpressionMatchesEverything() {
        assertTrue(matches("", "anything"));
        assertTrue(matches("  ", "anything"));
        assertTrue(matches("| & ~", "anything"));
        assertTrue(matches("(office", "sip.provider.com"), "unbalanced: the condition is dropped");
        assertTrue(matches("office)", "sip.provider.com"));
        assertTrue(matches("()", null));
    }

    @Test
    void aMissingValueMatchesNoUsableExpression() {
        assertFalse(matches("sip", null));
        assertFalse(matches("~sip", null));
    }

    @Test
    void deepNestingNeverExhaustsTheStack() {
        assertTrue(matches("~".repeat(200_001) + "sip", "pbx"), "an odd run of NOTs is one NOT");
        assertFalse(matches("~".repeat(200_000) + "sip", "pbx"));
        String nested = "(".repeat(LogicSearch.MAX_DEPTH) + "office" + ")".repeat(LogicSearch.MAX_DEPTH);
        assertFalse(matches(nested, "sip.provider.com"), "nesting up to the cap is evaluated");
        String tooDeep = "(".repeat(100_000) + "office" + ")".repeat(100_000);
        assertTrue(matches(tooDeep, "sip.provider.com"), "deeper is not a usable query");
    }
}
