package com.telephony.domain.sip;

/**
 * A SIP line as stored. Nullable fields are the ones Bitrix24 answers with {@code null}: {@code regId} (office),
 * {@code password}, {@code incoming*} (cloud), {@code authUser}, {@code outboundProxy} and the registration status.
 */
public record SipLine(
        LineOwner owner,
        long id,
        long configId,
        SipLineType type,
        Long regId,
        String title,
        String server,
        String login,
        String password,
        String incomingServer,
        String incomingLogin,
        String incomingPassword,
        String authUser,
        String outboundProxy,
        String detectLineNumber,
        String lineDetectHeaderOrder,
        Integer registrationStatusCode,
        String registrationErrorMessage) {

    public static final String DEFAULT_DETECT_LINE_NUMBER = "N";
    public static final String DEFAULT_HEADER_ORDER = "diversion;to";

    public boolean isCloud() {
        return type == SipLineType.CLOUD;
    }

    public SipLine withRegistrationStatus(Integer code, String errorMessage) {
        return new SipLine(owner, id, configId, type, regId, title, server, login, password, incomingServer,
                incomingLogin, incomingPassword, authUser, outboundProxy, detectLineNumber, lineDetectHeaderOrder,
                code, errorMessage);
    }

    /** Never print the passwords: this record ends up in logs and assertion messages. */
    @Override
    public String toString() {
        return "SipLine[owner=" + owner + ", id=" + id + ", configId=" + configId + ", type=" + type + ", regId="
                + regId + ", title=" + title + ", server=" + server + ", login=" + login + "]";
    }
}
