package com.telephony.domain.fabric;

import java.util.List;

/**
 * One page of endpoints, newest first, and whether endpoints exist on either side of it
 * (which decides the {@code next} and {@code prev} links).
 */
public record SipEndpointPage(List<SipEndpoint> endpoints, boolean olderExist, boolean newerExist) {
    public SipEndpointPage {
        endpoints = List.copyOf(endpoints);
    }
}
