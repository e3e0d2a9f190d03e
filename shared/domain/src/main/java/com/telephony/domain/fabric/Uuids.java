package com.telephony.domain.fabric;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * UUIDs as the Fabric API writes them: 36 characters, lowercase hex. New SIP endpoint ids are version 7
 * (RFC 9562): they begin with the creation time in milliseconds, so their text order is creation order and the
 * store can list a project's endpoints newest first straight from its sort key, with a strongly consistent Query.
 */
public final class Uuids {
    private static final Pattern TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private Uuids() {
    }

    /**
     * The canonical (lowercase) form of a UUID in the 8-4-4-4-12 layout; empty for anything else, including
     * the shortened forms {@link UUID#fromString} would accept.
     */
    public static Optional<String> canonical(String text) {
        if (text == null || !TEXT.matcher(text).matches()) {
            return Optional.empty();
        }
        return Optional.of(text.toLowerCase(Locale.ROOT));
    }

    /** A version 7 UUID for {@code createdAt}: 48 bits of Unix milliseconds, then 74 random bits. */
    public static String timeOrdered(Instant createdAt) {
        long millis = createdAt.toEpochMilli();
        long mostSignificant = (millis << 16) | 0x7000L | RANDOM.nextInt(1 << 12);
        long leastSignificant = (RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(mostSignificant, leastSignificant).toString();
    }
}
