package com.telephony.bitrix.methods;

import com.telephony.bitrix.BitrixMethod;
import com.telephony.bitrix.MethodResult;
import com.telephony.bitrix.MethodSpec;
import com.telephony.bitrix.params.Params;
import com.telephony.domain.sip.SipLineService;
import com.telephony.domain.tenancy.Caller;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

/** voximplant.sip.delete (docs/bitrix24/sip-lines.md): deletes the caller's own line; an unknown one is 400 ERROR_NOT_FOUND. */
@Singleton
public final class SipDeleteMethod implements BitrixMethod {
    private static final MethodSpec SPEC = MethodSpec.lineManagers("voximplant.sip.delete");

    private final SipLineService lines;

    public SipDeleteMethod(SipLineService lines) {
        this.lines = lines;
    }

    @Override
    public MethodSpec spec() {
        return SPEC;
    }

    @Override
    public MethodResult invoke(Caller caller, Params params) {
        lines.delete(caller, SipParams.id(params, "CONFIG_ID"));
        return MethodResult.of(JsonNode.createNumberNode(1));
    }
}
