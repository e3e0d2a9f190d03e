package com.telephony.domain.extline;

/**
 * Field rules of the external-line methods (contract §5, Q20): NUMBER is trimmed as PHP's {@code trim} does and must
 * not be empty; CRM_AUTO_CREATE is {@code "Y"} only when given exactly so; lengths are those of Bitrix24's columns,
 * counted in characters (code points), as MySQL counts them.
 */
public final class ExternalLineRules {
    public static final int MAX_NUMBER_LENGTH = 50;
    public static final int MAX_NAME_LENGTH = 255;
    public static final String YES = "Y";
    public static final String NO = "N";

    /** PHP {@code trim}'s default set: space, tab, newline, carriage return, NUL and vertical tab, nothing else. */
    private static final String PHP_WHITESPACE = " \t\n\r\0\u000B";

    private ExternalLineRules() {
    }

    /** The trimmed number that identifies a line. */
    public static String number(String raw) {
        String number = phpTrim(raw == null ? "" : raw);
        if (number.isEmpty()) {
            throw new ExternalLineNumberEmpty();
        }
        return number;
    }

    /** Any value other than exactly {@code "Y"} (even {@code "y"} or {@code ""}) is stored as {@code "N"}. */
    public static String crmAutoCreate(String raw) {
        return YES.equals(raw) ? YES : NO;
    }

    public static boolean numberFits(String number) {
        return length(number) <= MAX_NUMBER_LENGTH;
    }

    public static boolean nameFits(String name) {
        return name == null || length(name) <= MAX_NAME_LENGTH;
    }

    static String phpTrim(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && PHP_WHITESPACE.indexOf(value.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && PHP_WHITESPACE.indexOf(value.charAt(end - 1)) >= 0) {
            end--;
        }
        return value.substring(start, end);
    }

    private static int length(String value) {
        return value.codePointCount(0, value.length());
    }
}
