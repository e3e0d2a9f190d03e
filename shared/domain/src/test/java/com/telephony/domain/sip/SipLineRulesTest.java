package com.telephony.domain.sip;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SipLineRulesTest {
    private static List<SipLineProblem> failures(SipLineDraft draft, boolean add) {
        InvalidSipLineFields error = assertThrows(InvalidSipLineFields.class,
                () -> { if (add) SipLineRules.forAdd(draft); else SipLineRules.forUpdate(draft); });
        return error.problems();
    }

    @Test
    void addRequiresServerAndLoginAndReportsBoth() {
        assertEquals(List.of(SipLineProblem.SERVER_MISSING, SipLineProblem.LOGIN_MISSING),
                failures(new SipLineDraft(null, null, null, null, null), true));
    }

    @Test
    void schemeIsStrippedBeforeCheckingAndCounting() {
        SipLineRules.Checked checked = SipLineRules.forAdd(new SipLineDraft(null, null, " HTTPS://pbx.example ", "u", null));
        assertEquals("pbx.example", checked.server());
        assertEquals(List.of(SipLineProblem.SERVER_MISSING), failures(new SipLineDraft(null, null, "http://", "u", null), true));
        assertEquals("s".repeat(100), SipLineRules.forAdd(new SipLineDraft(null, null, "http://" + "s".repeat(100), "u", null)).server());
    }

    @Test
    void passwordLengthIsMeasuredBeforeTrimmingInCodePoints() {
        assertEquals(List.of(SipLineProblem.PASSWORD_TOO_LONG),
                failures(new SipLineDraft(null, null, "s", "u", " " + "p".repeat(100)), true));
        String emoji = "\uD83D\uDE00".repeat(100);
        assertEquals(emoji, SipLineRules.forAdd(new SipLineDraft(null, null, "s", "u", emoji)).password());
        assertEquals("pw", SipLineRules.forAdd(new SipLineDraft(null, null, "s", "u", " pw ")).password());
    }

    @Test
    void typeIsCaseInsensitiveDefaultsToCloudAndUnknownFails() {
        assertEquals(SipLineType.OFFICE, SipLineRules.forAdd(new SipLineDraft("Office", null, "s", "u", null)).type());
        assertEquals(SipLineType.CLOUD, SipLineRules.forAdd(new SipLineDraft(null, null, "s", "u", null)).type());
        assertEquals(List.of(SipLineProblem.UNKNOWN_TYPE), failures(new SipLineDraft("pstn", null, "s", "u", null), true));
    }

    @Test
    void updateChecksOnlyGivenFields() {
        SipLineRules.Checked checked = SipLineRules.forUpdate(new SipLineDraft(null, " New ", null, null, null));
        assertEquals("New", checked.title());
        assertNull(checked.server());
        assertEquals(List.of(SipLineProblem.LOGIN_MISSING), failures(new SipLineDraft(null, null, null, "  ", null), false));
    }

    @Test
    void titleKeyIgnoresCaseAndSurroundingSpace() {
        assertEquals(SipLineRules.titleKey("Main Line"), SipLineRules.titleKey("  mAIN lINE  "));
    }

    @Test
    void draftNeverPrintsThePassword() {
        assertEquals(false, new SipLineDraft(null, null, "s", "u", "hunter2").toString().contains("hunter2"));
    }
}
