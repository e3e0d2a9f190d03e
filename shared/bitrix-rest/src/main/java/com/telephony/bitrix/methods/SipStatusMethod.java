package com.telephony.bitrix.methods;

import com.telephony.bitrix.BitrixMethod;
import com.telephony.bitrix.MethodResult;
import com.telephony.bitrix.MethodSpec;
import com.telephony.bitrix.PhpDates;
import com.telephony.bitrix.params.Params;
import com.telephony.domain.sip.RegistrationStatus;
import com.telephony.domain.sip.SipRegistrationService;
import com.telephony.domain.tenancy.Caller;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * voximplant.sip.status (docs/bitrix24/sip-lines.md): the registration status of the caller's cloud line with this REG_ID.
 * {@code REG_ID} and {@code STATUS_CODE} are JSON numbers here; {@code LAST_UPDATED} is {@code Y-m-d H:i:s} in the
 * portal's time zone.
 */
@Singleton
public final class SipStatusMethod implements BitrixMethod {
    private static final MethodSpec SPEC = MethodSpec.lineManagers("voximplant.sip.status");

    private final SipRegistrationService registrations;

    public SipStatusMethod(SipRegistrationService registrations) {
        this.registrations = registrations;
    }

    @Override
    public MethodSpec spec() {
        return SPEC;
    }

    @Override
    public MethodResult invoke(Caller caller, Params params) {
        RegistrationStatus status = registrations.status(caller, SipParams.id(params, "REG_ID"));
        Map<String, JsonNode> out = new LinkedHashMap<>();
        out.put("REG_ID", JsonNode.createNumberNode(status.regId()));
        out.put("LAST_UPDATED", JsonNode.createStringNode(
                PhpDates.DATE_TIME.format(status.lastUpdated().atZone(caller.portal().zone()))));
        out.put("ERROR_MESSAGE", JsonNode.createStringNode(status.result().errorMessage()));
        out.put("STATUS_CODE", JsonNode.createNumberNode(status.result().statusCode()));
        out.put("STATUS_RESULT", JsonNode.createStringNode(SipLineNames.of(status.result().outcome())));
        return MethodResult.of(JsonNode.createObjectNode(out));
    }
}
