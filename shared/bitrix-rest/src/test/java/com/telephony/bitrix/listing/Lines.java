package com.telephony.bitrix.listing;

import com.telephony.domain.sip.LineOwner;
import com.telephony.domain.sip.SipLine;
import com.telephony.domain.sip.SipLineType;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A small, varied set of lines to filter and sort, and helpers to read results as CONFIG_ID lists. */
final class Lines {
    static final LineOwner OWNER = new LineOwner("p1", "app.a");

    /** config 1..6; ids (ID) deliberately in another order than CONFIG_ID. */
    static final List<SipLine> ALL = List.of(
            cloud(1, 40, 150001L, "SIP line", "sipnet.com", "0045281811", "N7K4mCG9", 200, ""),
            office(2, 30, "Office PBX 1", "office.provider.local", "office_user", "secret", 0),
            cloud(3, 20, 150002L, "", "sip.provider.com", "sip_user", "secret", 502, "Unable to resolve hostname"),
            cloud(4, 10, 150003L, "Main Office  ", "SIP.Provider.com", "main", null, null, null),
            office(5, 60, "backup line", "pbx.example.org", "backup", "", 0),
            office(6, 50, "Test (old)", "test.example.org", "tester", "pw", 0));

    private Lines() {
    }

    static SipLine cloud(long configId, long id, Long regId, String title, String server, String login, String password,
                         Integer status, String message) {
        return new SipLine(OWNER, id, configId, SipLineType.CLOUD, regId, title, server, login, password,
                null, null, null, null, null, "N", "diversion;to", status, message);
    }

    static SipLine office(long configId, long id, String title, String server, String login, String password,
                          Integer status) {
        return new SipLine(OWNER, id, configId, SipLineType.OFFICE, null, title, server, login, password,
                "ip.acme.bitrixphone.com", "sip" + configId, "0123456789abcdef0123456789abcdef", "", null, "N",
                "diversion;to", status, null);
    }

    /** The CONFIG_IDs of the lines the filter selects, in CONFIG_ID order. */
    static List<Long> select(Map<String, FilterValue> filter) {
        SipLineFilter parsed = SipLineFilter.parse(filter);
        return ALL.stream().filter(parsed::matches).map(SipLine::configId).collect(Collectors.toList());
    }

    static List<Long> select(String key, FilterValue value) {
        return select(Map.of(key, value));
    }

    static List<Long> select(String key, String value) {
        return select(key, FilterValue.scalar(value));
    }

    static FilterValue values(String... values) {
        return FilterValue.array(java.util.Arrays.asList(values));
    }
}
