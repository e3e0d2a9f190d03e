package com.telephony.bench;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VariantSelectionTest {
    private static final EventFile EVENT = new EventFile("sip-add", Path.of("sip-add.json"), "{}",
            "POST /rest/1/c/voximplant.sip.add");

    private static Variant variant(String name, Variant.Kind kind) {
        return new Variant(name, kind, Path.of(name + ".jar"), "Handler", EVENT, Scenario.AS_WRITTEN, Map.of());
    }

    @Test
    void theHandWiredVariantRunsWheneverSipAddDoes() {
        Variant handWired = variant(Variants.HAND_WIRED_NAME, Variant.Kind.COMPARISON);
        assertTrue(Variants.selected(handWired, Pattern.compile("^sip-add$")));
        assertTrue(Variants.selected(handWired, Pattern.compile("hand-wired")));
        assertFalse(Variants.selected(handWired, Pattern.compile("^external-line-add$")));
    }

    @Test
    void theReferenceAlwaysRunsAndOthersByName() {
        Pattern sipAdd = Pattern.compile("^sip-add$");
        assertTrue(Variants.selected(variant(Variants.REFERENCE_NAME, Variant.Kind.REFERENCE), sipAdd));
        assertTrue(Variants.selected(variant("sip-add", Variant.Kind.FUNCTION), sipAdd));
        assertFalse(Variants.selected(variant("sip-get", Variant.Kind.FUNCTION), sipAdd));
        assertFalse(Variants.selected(variant(Variants.STOCK_NAME, Variant.Kind.COMPARISON), sipAdd));
    }
}
