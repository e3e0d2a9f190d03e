package com.telephony.bench;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoundOrderTest {
    private static Variant variant(String module) {
        EventFile event = new EventFile(module, Path.of(module + ".json"), "{}", "POST /rest/m");
        return new Variant(module, Variant.Kind.FUNCTION, Path.of(module + ".jar"), "H", event, Scenario.AS_WRITTEN,
                Map.of());
    }

    @Test
    void roundsAreShuffledReproduciblyAndCreatingFunctionsDoNotAlwaysRunFirst() {
        List<Variant> variants = List.of(variant("a-delete"), variant("b-get"), variant("c-add"), variant("d-get"),
                variant("e-create"), variant("f-update"), variant("g-add"));
        boolean creatingAfterOther = false;
        for (int round = 1; round <= 5; round++) {
            List<Variant> order = Benchmark.roundOrder(variants, round);
            assertEquals(order, Benchmark.roundOrder(variants, round), "a rerun repeats the order");
            assertEquals(Set.copyOf(variants), Set.copyOf(order), "every variant once");
            assertEquals(variants.size(), order.size());
            for (int i = 1; i < order.size(); i++) {
                creatingAfterOther |= order.get(i).event().phase() == 0 && order.get(i - 1).event().phase() != 0;
            }
        }
        assertTrue(creatingAfterOther, "in 5 rounds some creating function runs after a reading or deleting one");
        assertNotEquals(Benchmark.roundOrder(variants, 1), Benchmark.roundOrder(variants, 2));
    }
}
