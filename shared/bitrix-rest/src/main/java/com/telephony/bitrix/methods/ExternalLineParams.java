package com.telephony.bitrix.methods;

import com.telephony.bitrix.params.Params;

/**
 * How the telephony.externalLine.* methods read NUMBER and CRM_AUTO_CREATE, as Bitrix24's PHP code does
 * (docs/bitrix24/external-lines.md, "Parameters").
 */
public final class ExternalLineParams {
    /** PHP {@code trim}'s default set: space, tab, newline, carriage return, NUL and vertical tab, nothing else. */
    private static final String PHP_TRIMMED = " \t\n\r\0\u000B";

    private ExternalLineParams() {
    }

    /** NUMBER trimmed as PHP's {@code trim} does; {@code null} when not given. */
    public static String number(Params params) {
        return number(params.string("NUMBER").orElse(null));
    }

    public static String number(String raw) {
        return raw == null ? null : phpTrim(raw);
    }

    /** CRM_AUTO_CREATE is on only when given exactly as {@code "Y"} (even {@code "y"} is off); {@code null}: not given. */
    public static Boolean crmAutoCreate(Params params) {
        return crmAutoCreate(params.string("CRM_AUTO_CREATE").orElse(null));
    }

    public static Boolean crmAutoCreate(String raw) {
        return raw == null ? null : raw.equals("Y");
    }

    /** How Bitrix24 writes the flag: its char(1) column. */
    static String flag(boolean on) {
        return on ? "Y" : "N";
    }

    static String phpTrim(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && PHP_TRIMMED.indexOf(value.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && PHP_TRIMMED.indexOf(value.charAt(end - 1)) >= 0) {
            end--;
        }
        return value.substring(start, end);
    }
}
