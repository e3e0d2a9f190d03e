package com.telephony.domain.sip;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SipLineChangeTest {
    private static final SipLine LINE = new SipLine(new LineOwner("p", ""), 1, 1, SipLineType.OFFICE, null,
            "Main Line", "s", "l", "pw", "ip.x.bitrixphone.com", "sip1", "0".repeat(32), null, null, "N",
            "diversion;to", 0, null);

    @Test
    void onlyServerLoginAndPasswordResetTheRegistration() {
        assertFalse(new SipLineChange("t", null, null, null).resetsRegistration());
        assertTrue(new SipLineChange(null, "s", null, null).resetsRegistration());
        assertTrue(new SipLineChange(null, null, "l", null).resetsRegistration());
        assertTrue(new SipLineChange(null, null, null, "").resetsRegistration());
    }

    @Test
    void aTitleMovesOnlyToAnotherKey() {
        assertFalse(new SipLineChange(null, "s", null, null).movesTitle(LINE));
        assertFalse(new SipLineChange("MAIN LINE", null, null, null).movesTitle(LINE), "same key, other case");
        assertTrue(new SipLineChange("Main Line 2", null, null, null).movesTitle(LINE));
        assertTrue(new SipLineChange("", null, null, null).movesTitle(LINE), "clearing the title frees the guard");
    }

    @Test
    void passwordsStayOutOfText() {
        assertFalse(new SipLineChange(null, null, null, "hunter2").toString().contains("hunter2"));
    }
}
