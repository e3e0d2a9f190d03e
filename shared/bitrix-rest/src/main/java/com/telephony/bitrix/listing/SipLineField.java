package com.telephony.bitrix.listing;

import com.telephony.bitrix.methods.SipLineNames;
import com.telephony.domain.sip.SipLine;

import java.util.Optional;
import java.util.function.Function;

/**
 * The fields sip.get filters and sorts on (docs/bitrix24/sip-lines.md, "Filter keys and operators"). Numeric fields compare as integers, the others as text
 * under MySQL's default collation (case-insensitive, trailing spaces ignored), as Bitrix24's database does.
 */
public enum SipLineField {
    ID(true, line -> line.id()),
    TYPE(false, line -> SipLineNames.of(line.type())),
    TITLE(false, SipLine::title),
    CONFIG_ID(true, line -> line.configId()),
    REG_ID(true, SipLine::regId),
    APP_ID(false, line -> line.owner().applicationId()),
    SERVER(false, SipLine::server),
    LOGIN(false, SipLine::login),
    PASSWORD(false, SipLine::password),
    INCOMING_SERVER(false, SipLine::incomingServer),
    INCOMING_LOGIN(false, SipLine::incomingLogin),
    INCOMING_PASSWORD(false, SipLine::incomingPassword),
    AUTH_USER(false, SipLine::authUser),
    OUTBOUND_PROXY(false, SipLine::outboundProxy),
    DETECT_LINE_NUMBER(false, SipLine::detectLineNumber),
    LINE_DETECT_HEADER_ORDER(false, SipLine::lineDetectHeaderOrder),
    REGISTRATION_STATUS_CODE(true, line -> line.registrationStatusCode() == null
            ? null : line.registrationStatusCode().longValue()),
    REGISTRATION_ERROR_MESSAGE(false, SipLine::registrationErrorMessage);

    private final boolean numeric;
    private final Function<SipLine, Object> accessor;

    SipLineField(boolean numeric, Function<SipLine, Object> accessor) {
        this.numeric = numeric;
        this.accessor = accessor;
    }

    public boolean numeric() {
        return numeric;
    }

    /** A {@link Long} for numeric fields, a {@link String} for the others; {@code null} when the line has none. */
    public Object valueOf(SipLine line) {
        Object value = accessor.apply(line);
        return value instanceof Number number ? Long.valueOf(number.longValue()) : value;
    }

    /** By its wire name, exactly (callers uppercase first). */
    public static Optional<SipLineField> named(String name) {
        for (SipLineField field : values()) {
            if (field.name().equals(name)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }
}
