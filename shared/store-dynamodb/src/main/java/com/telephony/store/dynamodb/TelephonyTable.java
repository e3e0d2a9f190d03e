package com.telephony.store.dynamodb;

/** The name of the one table every store adapter writes to. */
public record TelephonyTable(String name) {
}
