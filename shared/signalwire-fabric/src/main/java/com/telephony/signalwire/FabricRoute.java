package com.telephony.signalwire;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The two URL forms of the resource: the collection {@code /api/fabric/resources/sip_endpoints} and an item
 * {@code /api/fabric/resources/sip_endpoints/{id}}. Anything before {@code /api/fabric} (an API Gateway stage or a
 * base path mapping) is kept in {@code collectionPath}, so links lead back the way the client came.
 *
 * @param id the item segment, percent-decoded; {@code null} for the collection
 */
public record FabricRoute(Target target, String collectionPath, String id) {
    public enum Target {
        COLLECTION,
        ITEM
    }

    static final String COLLECTION_PATH = "/api/fabric/resources/sip_endpoints";

    public static Optional<FabricRoute> parse(String path) {
        int at = path.indexOf(COLLECTION_PATH);
        if (at < 0) {
            return Optional.empty();
        }
        String collectionPath = path.substring(0, at + COLLECTION_PATH.length());
        String rest = path.substring(collectionPath.length());
        if (rest.isEmpty()) {
            return Optional.of(new FabricRoute(Target.COLLECTION, collectionPath, null));
        }
        if (rest.length() > 1 && rest.charAt(0) == '/' && rest.indexOf('/', 1) < 0) {
            return Optional.of(new FabricRoute(Target.ITEM, collectionPath, decode(rest.substring(1))));
        }
        return Optional.empty();
    }

    private static String decode(String segment) {
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return segment;
        }
    }
}
