package com.telephony.bitrix.platform;

/** Boolean request flags as Bitrix24 reads them: {@code true}, {@code 1}, {@code Y} are set. */
final class Flags {
    private Flags() {
    }

    static boolean truthy(Object value) {
        if (!(value instanceof String text)) {
            return false;
        }
        String flag = text.trim();
        return flag.equalsIgnoreCase("true") || flag.equals("1") || flag.equalsIgnoreCase("Y");
    }
}
