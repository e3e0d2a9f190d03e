package com.telephony.bitrix.methods;

import com.telephony.bitrix.BitrixMethod;
import com.telephony.bitrix.MethodResult;
import com.telephony.bitrix.MethodSpec;
import com.telephony.bitrix.params.Params;
import com.telephony.bitrix.listing.SipLineListing;
import com.telephony.bitrix.listing.SipLinePage;
import com.telephony.bitrix.listing.SipLineQuery;
import com.telephony.domain.tenancy.Caller;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * voximplant.sip.get (docs/bitrix24/sip-lines.md): the caller's lines, filtered, sorted and paged by 50, with {@code total}
 * always present ({@code 0} for no match) and {@code next} while more remain.
 */
@Singleton
public final class SipGetMethod implements BitrixMethod {
    private static final MethodSpec SPEC = MethodSpec.lineManagers("voximplant.sip.get");

    private final SipLineListing listing;

    public SipGetMethod(SipLineListing listing) {
        this.listing = listing;
    }

    @Override
    public MethodSpec spec() {
        return SPEC;
    }

    @Override
    public Optional<String> rehearsalParams(int round) {
        return Optional.of("{}");
    }

    @Override
    public MethodResult invoke(Caller caller, Params params) {
        SipLineQuery query = SipLineQuery.of(SipParams.filter(params), SipParams.truthyString(params, "SORT"),
                SipParams.truthyString(params, "ORDER"), params.start());
        SipLinePage page = listing.list(caller, query);
        JsonNode rows = JsonNode.createArrayNode(page.lines().stream().map(SipLineJson::listed).toList());
        return MethodResult.page(rows, page.offset(), page.lines().size(), page.total());
    }
}
