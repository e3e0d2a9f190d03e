package com.telephony.domain.sip;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Field rules shared by add and update (contract §3.3): normalisation, limits and the exact messages.
 * All failures of one call are collected so the caller gets them joined in a single error.
 */
public final class SipLineRules {
    public static final int MAX_FIELD_LENGTH = 100;
    /** TITLE is a varchar(255) in Bitrix24; longer titles would fail there in the database, here up front. */
    public static final int MAX_TITLE_LENGTH = 255;

    static final String SERVER_MISSING = "Server address not specified";
    static final String SERVER_TOO_LONG = "Server address cannot exceed 100 characters";
    static final String LOGIN_MISSING = "Login for connecting to the server not specified";
    static final String LOGIN_TOO_LONG = "Login for connecting to the server cannot exceed 100 characters";
    static final String PASSWORD_TOO_LONG = "Password for connecting to the server cannot exceed 100 characters";
    static final String TITLE_TOO_LONG = "Connection name cannot exceed 255 characters";
    static final String UNKNOWN_TYPE = "Unknown PBX type";

    private static final Pattern SCHEME = Pattern.compile("^https?://", Pattern.CASE_INSENSITIVE);

    private SipLineRules() {
    }

    /** The checked, normalised values of a draft; fields not given stay {@code null}. */
    public record Checked(SipLineType type, String title, String server, String login, String password) {
        @Override
        public String toString() {
            return "Checked[type=" + type + ", title=" + title + ", server=" + server + ", login=" + login + "]";
        }
    }

    /** Add: SERVER and LOGIN are required, TYPE defaults to cloud. */
    public static Checked forAdd(SipLineDraft draft) {
        return check(draft, true);
    }

    /** Update: only the fields given are checked; TYPE is validated but never changes the line. */
    public static Checked forUpdate(SipLineDraft draft) {
        return check(draft, false);
    }

    /** The comparison key for title uniqueness: MySQL's default collation ignores case and trailing spaces. */
    public static String titleKey(String title) {
        return title.trim().toLowerCase(Locale.ROOT);
    }

    private static Checked check(SipLineDraft draft, boolean required) {
        List<String> errors = new ArrayList<>();

        SipLineType type = SipLineType.CLOUD;
        if (draft.type() != null && !draft.type().isBlank()) {
            Optional<SipLineType> parsed = SipLineType.parse(draft.type());
            if (parsed.isEmpty()) {
                errors.add(UNKNOWN_TYPE);
            } else {
                type = parsed.get();
            }
        }

        String server = null;
        if (required || draft.server() != null) {
            server = stripScheme(orEmpty(draft.server()).trim()).trim();
            if (server.isEmpty()) {
                errors.add(SERVER_MISSING);
            } else if (length(server) > MAX_FIELD_LENGTH) {
                errors.add(SERVER_TOO_LONG);
            }
        }

        String login = null;
        if (required || draft.login() != null) {
            login = orEmpty(draft.login()).trim();
            if (login.isEmpty()) {
                errors.add(LOGIN_MISSING);
            } else if (length(login) > MAX_FIELD_LENGTH) {
                errors.add(LOGIN_TOO_LONG);
            }
        }

        String password = null;
        if (draft.password() != null) {
            // Bitrix24 measures the password before trimming it, and stores it trimmed.
            if (length(draft.password()) > MAX_FIELD_LENGTH) {
                errors.add(PASSWORD_TOO_LONG);
            }
            password = draft.password().trim();
        }

        String title = null;
        if (draft.title() != null) {
            title = draft.title().trim();
            if (length(title) > MAX_TITLE_LENGTH) {
                errors.add(TITLE_TOO_LONG);
            }
        }

        if (!errors.isEmpty()) {
            throw new InvalidSipLineFields(errors);
        }
        return new Checked(type, title, server, login, password);
    }

    private static String stripScheme(String server) {
        return SCHEME.matcher(server).replaceFirst("");
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** Characters as a person counts them (code points), not UTF-16 units. */
    private static int length(String value) {
        return value.codePointCount(0, value.length());
    }
}
