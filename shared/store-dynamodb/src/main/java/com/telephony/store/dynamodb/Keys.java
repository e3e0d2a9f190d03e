package com.telephony.store.dynamodb;

import com.telephony.domain.sip.LineOwner;

/** Partition and sort key values of every item type (docs/storage.md). */
final class Keys {
    private Keys() {
    }

    static String portal(String portalId) {
        return "PORTAL#" + portalId;
    }

    static final String PORTAL_SK = "PORTAL";
    static final String SEQUENCE_SK = "SEQ#SIP";
    static final String CLOUD_COUNT_SK = "COUNT#CLOUD";

    static String user(long userId) {
        return "USER#" + userId;
    }

    static String application(String clientId) {
        return "APP#" + clientId;
    }

    static String webhook(String codeHash) {
        return "WEBHOOK#" + codeHash;
    }

    static final String WEBHOOK_SK = "WEBHOOK";

    static String token(String tokenHash) {
        return "TOKEN#" + tokenHash;
    }

    static final String TOKEN_SK = "TOKEN";

    /** All lines of one application of one portal share a partition: sip.get is one Query. */
    static String lines(LineOwner owner) {
        return "PORTAL#" + owner.portalId() + "#APP#" + owner.applicationId();
    }

    static final String LINE_PREFIX = "SIP#";

    /** Zero-padded so the sort key orders lines by CONFIG_ID. */
    static String line(long configId) {
        return LINE_PREFIX + zeroPadded(configId, 12);
    }

    /** {@code String.format("%012d")} without a Formatter per call (configIds are never negative). */
    private static String zeroPadded(long value, int width) {
        String digits = Long.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    static String title(String titleKey) {
        return "TITLE#" + titleKey;
    }

    static String registration(long regId) {
        return "REG#" + regId;
    }
}
