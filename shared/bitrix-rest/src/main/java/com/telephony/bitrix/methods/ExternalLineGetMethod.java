package com.telephony.bitrix.methods;

import com.telephony.bitrix.BitrixMethod;
import com.telephony.bitrix.MethodResult;
import com.telephony.bitrix.MethodSpec;
import com.telephony.bitrix.params.Params;
import com.telephony.domain.extline.ExternalLineService;
import com.telephony.domain.tenancy.Caller;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * telephony.externalLine.get (docs/bitrix24/external-lines.md): every line of the calling application, unpaged, so the envelope has
 * no {@code total} and no {@code next}. It takes no parameters; any sent are ignored.
 */
@Singleton
public final class ExternalLineGetMethod implements BitrixMethod {
    private static final MethodSpec SPEC = MethodSpec.applicationsOnly("telephony.externalLine.get");

    private final ExternalLineService lines;

    public ExternalLineGetMethod(ExternalLineService lines) {
        this.lines = lines;
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
        return MethodResult.of(ExternalLineJson.listed(lines.list(caller)));
    }
}
