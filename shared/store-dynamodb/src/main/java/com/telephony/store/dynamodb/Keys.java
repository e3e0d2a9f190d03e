package com.telephony.store.dynamodb;

import com.telephony.domain.extline.ExternalLineOwner;
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
    /** The portal's SIP Connector state (voximplant.sip.connector.status). */
    static final String SIP_CONNECTOR_SK = "CONNECTOR#SIP";

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

    /** A portal's REST limits (leaky bucket and operating time): its own partition, written on every call. */
    static String limits(String portalId) {
        return "LIMIT#" + portalId;
    }

    static final String LIMITS_SK = "LIMIT";

    static String refreshToken(String tokenHash) {
        return "REFRESH#" + tokenHash;
    }

    static final String REFRESH_TOKEN_SK = "REFRESH";

    /** An application's client credentials, found by the client id alone (the OAuth server knows no portal). */
    static String client(String clientId) {
        return "CLIENT#" + clientId;
    }

    static final String CLIENT_SK = "CLIENT";

    /** All lines of one application of one portal share a partition: sip.get is one Query. */
    static String lines(LineOwner owner) {
        return "PORTAL#" + owner.portalId() + "#APP#" + owner.applicationId();
    }

    static final String LINE_PREFIX = "SIP#";

    /** The largest CONFIG_ID whose sort key still orders correctly (twelve digits). */
    static final long MAX_KEYED_CONFIG_ID = 999_999_999_999L;

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

    static final String EXTERNAL_LINE_SEQUENCE_SK = "SEQ#EXTLINE";

    /** All external lines of one application of one portal share a partition: externalLine.get is one Query. */
    static String externalLines(ExternalLineOwner owner) {
        return "PORTAL#" + owner.portalId() + "#APP#" + owner.applicationId() + "#EXT";
    }

    static final String EXTERNAL_LINE_PREFIX = "NUM#";

    /** The trimmed number itself: the primary key makes it unique per application. */
    static String externalLine(String number) {
        return EXTERNAL_LINE_PREFIX + number;
    }

    /** A SignalWire project's partition: the project itself, its SIP endpoints and their username guards. */
    static String project(String projectId) {
        return "PROJECT#" + projectId;
    }

    static final String PROJECT_SK = "PROJECT";

    static String signalWireToken(String tokenHash) {
        return "SWTOKEN#" + tokenHash;
    }

    static final String SIGNALWIRE_TOKEN_SK = "SWTOKEN";

    static final String ENDPOINT_PREFIX = "EP#";
    /** Sorts right after every {@code EP#} key ({@code '$'} follows {@code '#'}): the top of the endpoint range. */
    static final String ENDPOINT_RANGE_END = "EP$";

    /** Endpoint ids are version 7 UUIDs, so this sort key orders a project's endpoints by creation. */
    static String endpoint(String endpointId) {
        return ENDPOINT_PREFIX + endpointId;
    }

    /** Username guard: exists exactly while an endpoint of the project has this (case-sensitive) username. */
    static String endpointUsername(String username) {
        return "USER#" + username;
    }
}
