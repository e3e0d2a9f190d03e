package com.telephony.domain.sip;

/**
 * What sip.update changes on a line: only the fields given ({@code null} = unchanged), already checked and
 * normalised. The store writes exactly these attributes, so concurrent updates of different fields keep each other.
 */
public record SipLineChange(String title, String server, String login, String password) {
    public static SipLineChange of(SipLineRules.Checked checked) {
        return new SipLineChange(checked.title(), checked.server(), checked.login(), checked.password());
    }

    /** Changing where or how the line registers makes it register again: REGISTRATION_STATUS_CODE back to 0. */
    public boolean resetsRegistration() {
        return server != null || login != null || password != null;
    }

    /** Whether the change moves the line to another title key (the portal-wide uniqueness guard must move too). */
    public boolean movesTitle(SipLine current) {
        return title != null && !SipLineRules.titleKey(title).equals(SipLineRules.titleKey(current.title()));
    }

    @Override
    public String toString() {
        return "SipLineChange[title=" + title + ", server=" + server + ", login=" + login
                + ", password=" + (password == null ? "unchanged" : "***") + "]";
    }
}
