package com.telephony.store.dynamodb;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeysTest {
    @Test
    void lineSortKeysAreZeroPaddedSoTheyOrderByConfigId() {
        assertEquals("SIP#000000000007", Keys.line(7));
        assertEquals("SIP#000000000000", Keys.line(0));
        assertEquals("SIP#999999999999", Keys.line(999_999_999_999L));
        assertEquals("SIP#1000000000000", Keys.line(1_000_000_000_000L));
        assertTrue(Keys.line(9).compareTo(Keys.line(10)) < 0);
    }
}
