package com.telephony.domain.extline;

/**
 * An external line as stored: {@code id} is portal-wide and only ever shown by add and update; {@code number} is
 * trimmed and unique within the owner; {@code crmAutoCreate} is {@code "Y"} or {@code "N"}, as Bitrix24's char(1).
 */
public record ExternalLine(ExternalLineOwner owner, long id, String number, String name, String crmAutoCreate) {
}
