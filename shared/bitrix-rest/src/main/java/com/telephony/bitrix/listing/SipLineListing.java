package com.telephony.bitrix.listing;

import com.telephony.domain.sip.ConfigIdRange;
import com.telephony.domain.sip.LineOwner;
import com.telephony.domain.sip.SipLine;
import com.telephony.domain.sip.SipLineStore;
import com.telephony.domain.tenancy.Caller;

import java.util.List;

/**
 * voximplant.sip.get: the caller's own lines (the store reads only the caller's partition, which is Bitrix24's
 * system filter by APP_ID), narrowed by CONFIG_ID bounds in the read itself, then filtered, sorted and paged here.
 */
public final class SipLineListing {
    /** Bitrix24's fixed list page size; callers cannot change it. */
    public static final int PAGE_SIZE = 50;

    private final SipLineStore store;

    public SipLineListing(SipLineStore store) {
        this.store = store;
    }

    public SipLinePage list(Caller caller, SipLineQuery query) {
        ConfigIdRange range = query.filter().configIdRange();
        List<SipLine> candidates = range.isEmpty() ? List.of() : store.list(LineOwner.of(caller), range);
        List<SipLine> matching = candidates.stream()
                .filter(query.filter()::matches)
                .sorted(query.order())
                .toList();
        int from = (int) Math.min(query.offset(), matching.size());
        int to = Math.min(matching.size(), from + PAGE_SIZE);
        return new SipLinePage(matching.subList(from, to), query.offset(), matching.size());
    }
}
