package com.telephony.signalwire.sipendpoints;

import com.telephony.domain.fabric.PageRequest;
import com.telephony.domain.fabric.Uuids;

import java.util.Optional;

/**
 * The opaque {@code page_token} of the list's links: {@code PA} + the id of the last endpoint of the page before
 * (the next page continues after it), or {@code PB} + the id of the first endpoint of the page after (the previous
 * page ends before it). Like upstream's {@code PA…} tokens it is a prefix and a UUID; anything else is invalid.
 */
final class PageToken {
    private static final String OLDER = "PA";
    private static final String NEWER = "PB";

    private PageToken() {
    }

    static Optional<PageRequest.Cursor> parse(String token) {
        if (token.length() != 2 + 36) {
            return Optional.empty();
        }
        String prefix = token.substring(0, 2);
        PageRequest.Cursor.Direction direction = switch (prefix) {
            case OLDER -> PageRequest.Cursor.Direction.OLDER;
            case NEWER -> PageRequest.Cursor.Direction.NEWER;
            default -> null;
        };
        if (direction == null) {
            return Optional.empty();
        }
        return Uuids.canonical(token.substring(2)).map(id -> new PageRequest.Cursor(direction, id));
    }

    static String after(String endpointId) {
        return OLDER + endpointId;
    }

    static String before(String endpointId) {
        return NEWER + endpointId;
    }
}
