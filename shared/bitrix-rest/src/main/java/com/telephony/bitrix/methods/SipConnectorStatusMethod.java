package com.telephony.bitrix.methods;

import com.telephony.bitrix.BitrixMethod;
import com.telephony.bitrix.MethodResult;
import com.telephony.bitrix.MethodSpec;
import com.telephony.bitrix.PhpDates;
import com.telephony.bitrix.params.Params;
import com.telephony.domain.sip.SipConnector;
import com.telephony.domain.sip.SipConnectorService;
import com.telephony.domain.tenancy.Caller;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * voximplant.sip.connector.status (docs/bitrix24/sip-lines.md): {@code FREE_MINUTES} (number), {@code PAID} (boolean) and,
 * only when paid, {@code PAID_DATE_END} as PHP's {@code date('c')} in the portal's time zone. No parameters.
 */
@Singleton
public final class SipConnectorStatusMethod implements BitrixMethod {
    private static final MethodSpec SPEC = MethodSpec.lineManagers("voximplant.sip.connector.status");

    private final SipConnectorService connectors;

    public SipConnectorStatusMethod(SipConnectorService connectors) {
        this.connectors = connectors;
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
        SipConnector connector = connectors.status(caller);
        Map<String, JsonNode> out = new LinkedHashMap<>();
        out.put("FREE_MINUTES", JsonNode.createNumberNode(connector.freeMinutes()));
        out.put("PAID", JsonNode.createBooleanNode(connector.paid()));
        if (connector.paid()) {
            out.put("PAID_DATE_END", JsonNode.createStringNode(
                    PhpDates.ISO_8601.format(connector.paidUntil().atZone(caller.portal().zone()))));
        }
        return MethodResult.of(JsonNode.createObjectNode(out));
    }
}
