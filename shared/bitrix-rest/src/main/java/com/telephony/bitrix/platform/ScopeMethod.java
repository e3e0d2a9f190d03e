package com.telephony.bitrix.platform;

import com.telephony.bitrix.BitrixMethod;
import com.telephony.bitrix.MethodResult;
import com.telephony.bitrix.MethodSpec;
import com.telephony.bitrix.params.Params;
import com.telephony.domain.tenancy.Caller;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.TreeSet;

/** {@code scope}: the caller's scopes (a JSON array of strings); with {@code full=true}, every scope we serve. */
@Singleton
public final class ScopeMethod implements BitrixMethod {
    private static final MethodSpec SPEC = MethodSpec.anyCaller("scope");

    private final ServedMethods served;

    public ScopeMethod(ServedMethods served) {
        this.served = served;
    }

    @Override
    public MethodSpec spec() {
        return SPEC;
    }

    @Override
    public MethodResult invoke(Caller caller, Params params) {
        List<String> scopes = Flags.truthy(params.raw("full")) ? served.scopes()
                : List.copyOf(new TreeSet<>(caller.scopes()));
        return MethodResult.of(JsonNode.createArrayNode(scopes.stream().map(JsonNode::createStringNode)
                .map(JsonNode.class::cast).toList()));
    }
}
