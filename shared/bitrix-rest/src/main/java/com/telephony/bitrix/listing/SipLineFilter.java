package com.telephony.bitrix.listing;

import com.telephony.domain.sip.ConfigIdRange;
import com.telephony.domain.sip.SipLine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** All FILTER conditions of a sip.get call, joined with AND. */
public record SipLineFilter(List<FilterCondition> conditions) {
    public static final SipLineFilter NONE = new SipLineFilter(List.of());

    public SipLineFilter {
        conditions = List.copyOf(conditions);
    }

    /**
     * Reads FILTER entries in order (keys already uppercased). A bare {@code APP_ID} key is dropped: Bitrix24
     * overwrites it with the caller's own application, which the store's partition already guarantees. Other
     * operators on APP_ID stay and are evaluated against the caller's lines.
     */
    public static SipLineFilter parse(Map<String, FilterValue> entries) {
        List<FilterCondition> conditions = new ArrayList<>();
        entries.forEach((key, value) -> {
            if (!key.equals(SipLineField.APP_ID.name())) {
                conditions.add(FilterCondition.parse(key, value));
            }
        });
        return new SipLineFilter(conditions);
    }

    public boolean matches(SipLine line) {
        return conditions.stream().allMatch(condition -> condition.matches(line));
    }

    /** The CONFIG_ID bounds every condition together implies, for the store's key condition. */
    public ConfigIdRange configIdRange() {
        ConfigIdRange range = ConfigIdRange.ALL;
        for (FilterCondition condition : conditions) {
            range = range.intersect(condition.configIdRange());
        }
        return range;
    }
}
