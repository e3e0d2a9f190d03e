package com.telephony.bitrix.methods;

import com.telephony.bitrix.BitrixMethod;
import com.telephony.bitrix.MethodResult;
import com.telephony.bitrix.MethodSpec;
import com.telephony.bitrix.params.Params;
import com.telephony.domain.sip.SipLineNotFound;
import com.telephony.domain.sip.SipLineService;
import com.telephony.domain.tenancy.Caller;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

/** voximplant.sip.update (docs/bitrix24/sip-lines.md): changes the caller's own line; {@code result: 1}. */
@Singleton
public final class SipUpdateMethod implements BitrixMethod {
    /** Unlike sip.delete, an unknown CONFIG_ID is 404 here (Bitrix24 throws it with STATUS_NOT_FOUND). */
    private static final MethodSpec SPEC = MethodSpec.lineManagers("voximplant.sip.update")
            .withStatus(SipLineNotFound.class, 404);

    private final SipLineService lines;

    public SipUpdateMethod(SipLineService lines) {
        this.lines = lines;
    }

    @Override
    public MethodSpec spec() {
        return SPEC;
    }

    /** TYPE is read too: Bitrix24 validates it on update, though it never changes the line's type. */
    @Override
    public MethodResult invoke(Caller caller, Params params) {
        lines.update(caller, SipParams.id(params, "CONFIG_ID"), SipParams.draft(params));
        return MethodResult.of(JsonNode.createNumberNode(1));
    }
}
