package com.telephony.domain.fabric;

import java.util.Optional;

/**
 * A page of a project's SIP endpoints, newest first: {@code size} endpoints from the start, or next to a cursor.
 */
public record PageRequest(int size, Optional<Cursor> cursor) {
    public static final int MAX_SIZE = 1000;

    public PageRequest {
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page size " + size + " outside 1.." + MAX_SIZE);
        }
    }

    /** Where a page starts: just after ({@code OLDER}: older than) or just before ({@code NEWER}) a known endpoint. */
    public record Cursor(Direction direction, String endpointId) {
        public enum Direction {
            /** the endpoints listed after this one (older) */
            OLDER,
            /** the endpoints listed before this one (newer) */
            NEWER
        }
    }
}
