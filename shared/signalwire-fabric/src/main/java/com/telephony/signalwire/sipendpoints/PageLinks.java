package com.telephony.signalwire.sipendpoints;

import com.telephony.domain.fabric.SipEndpoint;
import com.telephony.domain.fabric.SipEndpointPage;
import io.micronaut.json.tree.JsonNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The list's {@code links} (docs/signalwire/sip-endpoints.md, "Paging"): absolute URLs with parameters in the upstream examples' order and
 * {@code type=sip_endpoint}. {@code next} and {@code prev} appear only when endpoints exist on that side of a
 * non-empty page; an empty page (a stale link) offers {@code first} to start over.
 */
final class PageLinks {
    private PageLinks() {
    }

    static JsonNode of(String collectionUrl, PageQuery query, SipEndpointPage page) {
        Map<String, JsonNode> links = new LinkedHashMap<>();
        int size = query.size();
        links.put("self", link(collectionUrl, "page_number=" + query.number() + "&page_size=" + size
                + query.token().map(token -> "&page_token=" + token).orElse("")));
        links.put("first", link(collectionUrl, "page_size=" + size));
        List<SipEndpoint> endpoints = page.endpoints();
        if (page.olderExist() && !endpoints.isEmpty()) {
            links.put("next", link(collectionUrl, "page_number=" + (query.number() + 1) + "&page_size=" + size
                    + "&page_token=" + PageToken.after(endpoints.get(endpoints.size() - 1).id())));
        }
        if (page.newerExist() && !endpoints.isEmpty()) {
            links.put("prev", link(collectionUrl, "page_number=" + Math.max(0, query.number() - 1) + "&page_size=" + size
                    + "&page_token=" + PageToken.before(endpoints.get(0).id())));
        }
        return JsonNode.createObjectNode(links);
    }

    /** Tokens are letters, digits and hyphens, so nothing here needs percent-encoding. */
    private static JsonNode link(String collectionUrl, String parameters) {
        return JsonNode.createStringNode(collectionUrl + "?" + parameters + "&type=sip_endpoint");
    }
}
