package com.telephony.bitrix.methods;

import com.telephony.bitrix.BitrixMethod;
import com.telephony.bitrix.MethodResult;
import com.telephony.bitrix.MethodSpec;
import com.telephony.bitrix.params.Params;
import com.telephony.domain.sip.SipLineService;
import com.telephony.domain.tenancy.Caller;
import jakarta.inject.Singleton;

import java.util.Optional;

/** voximplant.sip.add (docs/bitrix24/sip-lines.md): creates a SIP line owned by the calling application. */
@Singleton
public final class SipAddMethod implements BitrixMethod {
    private static final MethodSpec SPEC = MethodSpec.lineManagers("voximplant.sip.add");

    private final SipLineService lines;

    public SipAddMethod(SipLineService lines) {
        this.lines = lines;
    }

    @Override
    public MethodSpec spec() {
        return SPEC;
    }

    /** A cloud line, the kind the portal limit counts, so the rehearsal takes the guarded insert. */
    @Override
    public Optional<String> rehearsalParams(int round) {
        return Optional.of("{\"TYPE\":\"cloud\",\"TITLE\":\"Rehearsal line " + round + "\",\"SERVER\":\"sip.example.com\",\"LOGIN\":\"rehearsal\",\"PASSWORD\":\"rehearsal\"}");
    }

    @Override
    public MethodResult invoke(Caller caller, Params params) {
        return MethodResult.of(SipLineJson.added(lines.add(caller, SipParams.draft(params))));
    }
}
