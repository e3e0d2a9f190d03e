package com.telephony.domain.extline;

/**
 * An external line as stored: {@code id} is portal-wide and only ever shown by add and update; {@code number} is
 * trimmed and unique within the owner; {@code crmAutoCreate}: whether calls on the line create CRM records.
 */
public record ExternalLine(ExternalLineOwner owner, long id, String number, String name, boolean crmAutoCreate) {
}
