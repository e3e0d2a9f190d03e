package com.telephony.bitrix.methods;

import com.telephony.bitrix.BitrixMethod;
import com.telephony.bitrix.MethodResult;
import com.telephony.bitrix.MethodSpec;
import com.telephony.bitrix.params.Params;
import com.telephony.domain.extline.ExternalLineService;
import com.telephony.domain.extline.NewExternalLine;
import com.telephony.domain.tenancy.Caller;
import jakarta.inject.Singleton;

import java.util.Optional;

/** telephony.externalLine.add (docs/bitrix24/external-lines.md): registers a number for the calling application. */
@Singleton
public final class ExternalLineAddMethod implements BitrixMethod {
    private static final MethodSpec SPEC = MethodSpec.applicationsOnly("telephony.externalLine.add");

    private final ExternalLineService lines;

    public ExternalLineAddMethod(ExternalLineService lines) {
        this.lines = lines;
    }

    @Override
    public MethodSpec spec() {
        return SPEC;
    }

    /** Keys are read exactly as sent: {@code number} is not {@code NUMBER} for these methods. */
    @Override
    public Optional<String> rehearsalParams(int round) {
        return Optional.of("{\"NUMBER\":\"1555010" + round + "\",\"NAME\":\"Rehearsal line\",\"CRM_AUTO_CREATE\":\"Y\"}");
    }

    @Override
    public MethodResult invoke(Caller caller, Params params) {
        NewExternalLine command = new NewExternalLine(
                ExternalLineParams.number(params),
                params.string("NAME").orElse(null),
                ExternalLineParams.crmAutoCreate(params));
        return MethodResult.of(ExternalLineJson.added(lines.add(caller, command)));
    }
}
