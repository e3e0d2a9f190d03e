package com.telephony.bench;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StatsTest {
    @Test
    void nearestRankPercentiles() {
        List<Long> samples = new ArrayList<>();
        for (long i = 100; i >= 1; i--) {
            samples.add(i);
        }
        assertEquals(50, Stats.percentile(samples, 50));
        assertEquals(99, Stats.percentile(samples, 99));
        assertEquals(100, Stats.percentile(samples, 100));
        assertEquals(1, Stats.percentile(List.of(1L), 99));
    }

    @Test
    void medianOfOddAndEvenCounts() {
        assertEquals(3, Stats.median(List.of(5.0, 1.0, 3.0)));
        assertEquals(2.5, Stats.median(List.of(4, 1, 2, 3)));
        assertEquals(Double.NaN, Stats.median(List.of()));
    }
}
