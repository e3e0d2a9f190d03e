package com.telephony.domain.sip;

/**
 * The fields a caller may send to create or change a line, as received: {@code null} means "not given".
 * Values are raw; {@link SipLineRules} trims, strips and checks them.
 */
public record SipLineDraft(String type, String title, String server, String login, String password) {
    public boolean changesNothing() {
        return title == null && server == null && login == null && password == null;
    }

    @Override
    public String toString() {
        return "SipLineDraft[type=" + type + ", title=" + title + ", server=" + server + ", login=" + login
                + ", password=" + (password == null ? "absent" : "***") + "]";
    }
}
