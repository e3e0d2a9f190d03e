package com.telephony.domain.tenancy;

/** How a Bitrix24 call authenticated: an incoming webhook, or an OAuth application token ("application context"). */
public enum AuthType {
    WEBHOOK,
    APPLICATION
}
