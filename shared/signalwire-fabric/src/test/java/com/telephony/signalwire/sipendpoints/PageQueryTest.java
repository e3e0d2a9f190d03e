package com.telephony.signalwire.sipendpoints;

import com.telephony.domain.fabric.PageRequest;
import com.telephony.signalwire.FabricError;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PageQueryTest {
    private static final String ID = "01a2058e-fd68-7f40-a4f8-5eb845499b84";

    @Test
    void defaultsAndCursors() {
        PageQuery first = PageQuery.read(Map.of());
        assertEquals(50, first.size());
        assertEquals(0, first.number());
        assertEquals(Optional.empty(), first.request().cursor());

        PageQuery next = PageQuery.read(Map.of("page_number", "3", "page_size", "1000", "page_token", "PA" + ID.toUpperCase()));
        assertEquals(new PageRequest.Cursor(PageRequest.Cursor.Direction.OLDER, ID), next.request().cursor().orElseThrow());
        assertEquals(Optional.of("PA" + ID.toUpperCase()), next.token(), "echoed as sent");
        assertEquals(PageRequest.Cursor.Direction.NEWER,
                PageQuery.read(Map.of("page_token", "PB" + ID)).request().cursor().orElseThrow().direction());
        assertEquals(PageToken.after(ID), "PA" + ID);
        assertEquals(PageToken.before(ID), "PB" + ID);
    }

    @Test
    void problemsAreCollected() {
        FabricError error = assertThrows(FabricError.class, () -> PageQuery.read(Map.of("page_size", "0", "page_number", "2")));
        assertEquals(List.of("page_size", "page_token"), error.errors().stream().map(e -> e.attribute()).toList());
        assertEquals("page_token_required", error.errors().get(1).code());
        assertEquals("page_token_is_invalid", assertThrows(FabricError.class,
                () -> PageQuery.read(Map.of("page_token", "PC" + ID))).errors().get(0).code());
        assertEquals("invalid_parameter", assertThrows(FabricError.class,
                () -> PageQuery.read(Map.of("page_number", "+1", "page_token", "PA" + ID))).errors().get(0).code());
        assertEquals(422, assertThrows(FabricError.class, () -> PageQuery.read(Map.of("page_size", "2147483648"))).status());
    }
}
