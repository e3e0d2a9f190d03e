package com.telephony.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OptionsTest {
    @Test
    void cpusPinsTheFunctionJvmsOnlyWhenAsked() {
        assertNull(Options.parse(new String[0]).cpus(), "by default the JVMs may run on every CPU");
        assertEquals("0", Options.parse(new String[] {"--cpus", "0"}).cpus());
        assertEquals("0-1,3", Options.parse(new String[] {"--cpus", "0-1,3"}).cpus());
    }

    @Test
    void aCpuListTasksetCannotReadIsRefusedBeforeAnyJvmStarts() {
        assertThrows(IllegalArgumentException.class, () -> Options.parse(new String[] {"--cpus", "one"}));
        assertThrows(IllegalArgumentException.class, () -> Options.parse(new String[] {"--cpus", "0;rm"}));
    }
}
