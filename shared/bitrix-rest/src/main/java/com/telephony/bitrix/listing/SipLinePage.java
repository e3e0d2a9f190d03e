package com.telephony.bitrix.listing;

import com.telephony.domain.sip.SipLine;

import java.util.List;

/** One page of sip.get: the lines from {@code offset} on (at most a page), and how many matched in all. */
public record SipLinePage(List<SipLine> lines, long offset, long total) {
    public SipLinePage {
        lines = List.copyOf(lines);
    }
}
