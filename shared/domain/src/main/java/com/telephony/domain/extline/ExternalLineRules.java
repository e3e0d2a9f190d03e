package com.telephony.domain.extline;

/**
 * Field rules of external lines (docs/bitrix24/external-lines.md): the number, already trimmed by the edge, must not
 * be empty; the lengths are those of the original columns, counted in characters (code points).
 */
public final class ExternalLineRules {
    public static final int MAX_NUMBER_LENGTH = 50;
    public static final int MAX_NAME_LENGTH = 255;

    private ExternalLineRules() {
    }

    /** The number that identifies a line. */
    public static String number(String given) {
        if (given == null || given.isEmpty()) {
            throw new ExternalLineNumberEmpty();
        }
        return given;
    }

    public static boolean numberFits(String number) {
        return length(number) <= MAX_NUMBER_LENGTH;
    }

    public static boolean nameFits(String name) {
        return name == null || length(name) <= MAX_NAME_LENGTH;
    }

    private static int length(String value) {
        return value.codePointCount(0, value.length());
    }
}
