package com.telephony.bitrix.methods;

import com.telephony.bitrix.BitrixMethod;
import com.telephony.bitrix.MethodResult;
import com.telephony.bitrix.MethodSpec;
import com.telephony.bitrix.params.Params;
import com.telephony.domain.sip.SipLineService;
import com.telephony.domain.tenancy.Caller;
import jakarta.inject.Singleton;

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

    @Override
    public MethodResult invoke(Caller caller, Params params) {
        return MethodResult.of(SipLineJson.added(lines.add(caller, SipParams.draft(params))));
    }
}
