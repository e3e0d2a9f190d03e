package com.telephony.bitrix;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BitrixRouteTest {
    @Test
    void webhookForm() {
        BitrixRoute route = BitrixRoute.parse("/rest/1/8g9l071eismy9q2l/voximplant.sip.add").orElseThrow();
        assertEquals("voximplant.sip.add", route.methodKey());
        assertEquals("1", route.webhook().orElseThrow().userId());
        assertEquals("8g9l071eismy9q2l", route.webhook().orElseThrow().code());
        assertEquals(Envelope.Format.JSON, route.format());
    }

    @Test
    void applicationFormWithSuffixTrailingSlashAndCase() {
        BitrixRoute route = BitrixRoute.parse("/rest/VoxImplant.Sip.Add.JSON/").orElseThrow();
        assertEquals("voximplant.sip.add", route.methodKey());
        assertTrue(route.webhook().isEmpty());
        assertEquals(Envelope.Format.XML, BitrixRoute.parse("/rest/voximplant.sip.add.xml").orElseThrow().format());
    }

    @Test
    void stagePrefixIsIgnored() {
        assertEquals("voximplant.sip.get", BitrixRoute.parse("/prod/rest/voximplant.sip.get").orElseThrow().methodKey());
    }

    @Test
    void otherShapesAreNoRoute() {
        assertTrue(BitrixRoute.parse("/rest/").isEmpty());
        assertTrue(BitrixRoute.parse("/rest/1/code").isEmpty());
        assertTrue(BitrixRoute.parse("/api/voximplant.sip.add").isEmpty());
        assertTrue(BitrixRoute.parse("/rest/a/b/c/d").isEmpty());
        assertTrue(BitrixRoute.parse("/rest/.json").isEmpty());
    }

    @Test
    void onlyOneSuffixIsStripped() {
        assertEquals("voximplant.sip.add.json", BitrixRoute.parse("/rest/voximplant.sip.add.json.json").orElseThrow().methodKey());
    }

    @Test
    void formatOfAnUnroutablePathFollowsItsSuffix() {
        assertEquals(Envelope.Format.XML, BitrixRoute.formatOf("/rest/no.such.method.xml"));
        assertEquals(Envelope.Format.XML, BitrixRoute.formatOf("/rest/a/b/c/d.XML//"));
        assertEquals(Envelope.Format.JSON, BitrixRoute.formatOf("/rest/no.such.method.json"));
        assertEquals(Envelope.Format.JSON, BitrixRoute.formatOf("/rest/xml"));
        assertEquals(Envelope.Format.JSON, BitrixRoute.formatOf("/"));
        assertEquals(Envelope.Format.JSON, BitrixRoute.formatOf(""));
    }
}
