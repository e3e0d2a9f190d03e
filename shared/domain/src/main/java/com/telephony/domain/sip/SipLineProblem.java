package com.telephony.domain.sip;

/** One failed field rule of a SIP line; each edge says it in its own words. */
public enum SipLineProblem {
    UNKNOWN_TYPE,
    SERVER_MISSING,
    SERVER_TOO_LONG,
    LOGIN_MISSING,
    LOGIN_TOO_LONG,
    PASSWORD_TOO_LONG,
    TITLE_TOO_LONG
}
