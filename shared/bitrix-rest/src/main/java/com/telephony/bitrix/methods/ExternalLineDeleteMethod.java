package com.telephony.bitrix.methods;

import com.telephony.bitrix.BitrixMethod;
import com.telephony.bitrix.MethodResult;
import com.telephony.bitrix.MethodSpec;
import com.telephony.bitrix.params.Params;
import com.telephony.domain.extline.ExternalLineService;
import com.telephony.domain.tenancy.Caller;
import jakarta.inject.Singleton;

/** telephony.externalLine.delete (docs/bitrix24/external-lines.md): removes one line; the answer is an empty array. */
@Singleton
public final class ExternalLineDeleteMethod implements BitrixMethod {
    private static final MethodSpec SPEC = MethodSpec.applicationsOnly("telephony.externalLine.delete");

    private final ExternalLineService lines;

    public ExternalLineDeleteMethod(ExternalLineService lines) {
        this.lines = lines;
    }

    @Override
    public MethodSpec spec() {
        return SPEC;
    }

    @Override
    public MethodResult invoke(Caller caller, Params params) {
        lines.delete(caller, ExternalLineParams.number(params));
        return MethodResult.of(ExternalLineJson.emptyArray());
    }
}
