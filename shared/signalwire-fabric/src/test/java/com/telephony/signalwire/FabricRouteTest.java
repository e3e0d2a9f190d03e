package com.telephony.signalwire;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FabricRouteTest {
    @Test
    void collectionAndItemWithAnyPrefix() {
        assertEquals(Optional.of(new FabricRoute(FabricRoute.Target.COLLECTION, "/api/fabric/resources/sip_endpoints", null)),
                FabricRoute.parse("/api/fabric/resources/sip_endpoints"));
        assertEquals(Optional.of(new FabricRoute(FabricRoute.Target.ITEM, "/prod/api/fabric/resources/sip_endpoints", "a b+c")),
                FabricRoute.parse("/prod/api/fabric/resources/sip_endpoints/a%20b+c"));
    }

    @Test
    void otherShapesAreNotRoutes() {
        for (String path : new String[]{"/", "/api/fabric/resources", "/api/fabric/resources/sip_endpoints/",
                "/api/fabric/resources/sip_endpoints/a/b", "/api/fabric/resources/sip_endpointsx",
                "/api/fabric/resources/sip_endpoints/a/addresses"}) {
            assertEquals(Optional.empty(), FabricRoute.parse(path), path);
        }
    }
}
