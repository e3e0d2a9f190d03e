package com.telephony.bitrix.methods;

import com.telephony.bitrix.BitrixMethod;
import com.telephony.bitrix.MethodResult;
import com.telephony.bitrix.MethodSpec;
import com.telephony.bitrix.params.Params;
import com.telephony.domain.extline.ExternalLineChanges;
import com.telephony.domain.extline.ExternalLineService;
import com.telephony.domain.tenancy.Caller;
import jakarta.inject.Singleton;

/** telephony.externalLine.update (docs/bitrix24/external-lines.md): changes NAME and/or CRM_AUTO_CREATE of one line. */
@Singleton
public final class ExternalLineUpdateMethod implements BitrixMethod {
    private static final MethodSpec SPEC = MethodSpec.applicationsOnly("telephony.externalLine.update");

    private final ExternalLineService lines;

    public ExternalLineUpdateMethod(ExternalLineService lines) {
        this.lines = lines;
    }

    @Override
    public MethodSpec spec() {
        return SPEC;
    }

    /** A parameter counts as given unless absent or JSON null, as PHP's {@code isset} decides. */
    @Override
    public MethodResult invoke(Caller caller, Params params) {
        ExternalLineChanges changes = new ExternalLineChanges(
                ExternalLineParams.number(params),
                params.string("NAME").orElse(null),
                ExternalLineParams.crmAutoCreate(params));
        return MethodResult.of(ExternalLineJson.updated(lines.update(caller, changes)));
    }
}
