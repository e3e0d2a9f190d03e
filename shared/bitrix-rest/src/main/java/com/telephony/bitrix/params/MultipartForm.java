package com.telephony.bitrix.params;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * {@code multipart/form-data} fields, fed through the same PHP bracket rules as URL-encoded forms.
 * File parts are skipped: none of these methods takes files. A malformed body yields the fields read so far.
 */
final class MultipartForm {
    private MultipartForm() {
    }

    static Map<String, Object> parse(byte[] body, String boundary) {
        PhpArrayBuilder builder = new PhpArrayBuilder();
        if (boundary == null || boundary.isEmpty()) {
            return builder.result();
        }
        // ISO-8859-1 maps bytes 1:1 to chars, so offsets stay byte offsets; values are re-decoded as UTF-8.
        String text = new String(body, StandardCharsets.ISO_8859_1);
        String delimiter = "--" + boundary;
        int position = text.indexOf(delimiter);
        while (position >= 0) {
            int partStart = position + delimiter.length();
            if (text.startsWith("--", partStart)) {
                break;
            }
            int headersStart = skipLineBreak(text, partStart);
            int headersEnd = text.indexOf("\r\n\r\n", headersStart);
            int next = text.indexOf("\r\n" + delimiter, headersStart);
            if (headersEnd < 0 || next < 0 || headersEnd > next) {
                break;
            }
            String headers = text.substring(headersStart, headersEnd);
            String name = dispositionParameter(headers, "name");
            boolean isFile = dispositionParameter(headers, "filename") != null;
            if (name != null && !isFile) {
                String raw = text.substring(headersEnd + 4, next);
                builder.put(utf8(name), utf8(raw));
            }
            position = next + 2;
        }
        return builder.result();
    }

    private static int skipLineBreak(String text, int index) {
        return text.startsWith("\r\n", index) ? index + 2 : index;
    }

    private static String utf8(String latin1) {
        return new String(latin1.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    private static String dispositionParameter(String headers, String parameter) {
        for (String line : headers.split("\r\n")) {
            if (!line.toLowerCase(Locale.ROOT).startsWith("content-disposition:")) {
                continue;
            }
            for (String part : line.substring(line.indexOf(':') + 1).split(";")) {
                String[] pair = part.trim().split("=", 2);
                if (pair.length == 2 && pair[0].trim().equalsIgnoreCase(parameter)) {
                    String value = pair[1].trim();
                    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                        value = value.substring(1, value.length() - 1);
                    }
                    return value;
                }
            }
        }
        return null;
    }
}
