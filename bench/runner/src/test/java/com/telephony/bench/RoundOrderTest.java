package com.telephony.bench;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoundOrderTest {
    private static Variant variant(String module) {
        EventFile event = new EventFile(module, Path.of(module + ".json"), "{}", "POST /rest/m");
        return new Variant(module, Variant.Kind.FUNCTION, Path.of(module + ".jar"), "H", event, Scenario.AS_WRITTEN,
                Map.of());
    }

    @Test
    void roundsAreShuffledReproduciblyButCreatesStayFirstAndDeletesLast() {
        List<Variant> variants = List.of(variant("a-delete"), variant("b-get"), variant("c-add"), variant("d-get"),
                variant("e-create"), variant("f-update"), variant("g-add"));
        for (int round = 0; round < 10; round++) {
            List<Variant> order = Benchmark.roundOrder(variants, round);
            assertEquals(order, Benchmark.roundOrder(variants, round), "a rerun repeats the order");
            assertEquals(variants.size(), order.size());
            for (int i = 1; i < order.size(); i++) {
                assertTrue(order.get(i - 1).event().phase() <= order.get(i).event().phase(), order.toString());
            }
        }
    }
}
