package com.telephony.domain.tenancy;

import java.time.ZoneId;

/** A Bitrix24 account (tenant). {@code slug} names it in generated host names; {@code zone} is used for dates. */
public record Portal(String id, String domain, String memberId, String slug, ZoneId zone) {
}
