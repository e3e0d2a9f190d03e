package com.telephony.domain.sip;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Field rules shared by add and update (docs/bitrix24/sip-lines.md, "Field rules"): normalisation and limits.
 * All failures of one call are collected, in the order checked, so the caller reports them in a single error.
 */
public final class SipLineRules {
    public static final int MAX_FIELD_LENGTH = 100;
    /** TITLE is a varchar(255) in Bitrix24; longer titles would fail there in the database, here up front. */
    public static final int MAX_TITLE_LENGTH = 255;

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
        List<SipLineProblem> errors = new ArrayList<>();

        SipLineType type = SipLineType.CLOUD;
        if (draft.type() != null && !draft.type().isBlank()) {
            Optional<SipLineType> parsed = SipLineType.parse(draft.type());
            if (parsed.isEmpty()) {
                errors.add(SipLineProblem.UNKNOWN_TYPE);
            } else {
                type = parsed.get();
            }
        }

        String server = null;
        if (required || draft.server() != null) {
            server = stripScheme(orEmpty(draft.server()).trim()).trim();
            if (server.isEmpty()) {
                errors.add(SipLineProblem.SERVER_MISSING);
            } else if (length(server) > MAX_FIELD_LENGTH) {
                errors.add(SipLineProblem.SERVER_TOO_LONG);
            }
        }

        String login = null;
        if (required || draft.login() != null) {
            login = orEmpty(draft.login()).trim();
            if (login.isEmpty()) {
                errors.add(SipLineProblem.LOGIN_MISSING);
            } else if (length(login) > MAX_FIELD_LENGTH) {
                errors.add(SipLineProblem.LOGIN_TOO_LONG);
            }
        }

        String password = null;
        if (draft.password() != null) {
            // Bitrix24 measures the password before trimming it, and stores it trimmed.
            if (length(draft.password()) > MAX_FIELD_LENGTH) {
                errors.add(SipLineProblem.PASSWORD_TOO_LONG);
            }
            password = draft.password().trim();
        }

        String title = null;
        if (draft.title() != null) {
            title = draft.title().trim();
            if (length(title) > MAX_TITLE_LENGTH) {
                errors.add(SipLineProblem.TITLE_TOO_LONG);
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
