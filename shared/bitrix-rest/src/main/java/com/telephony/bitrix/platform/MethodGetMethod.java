package com.telephony.bitrix.platform;

import com.telephony.bitrix.BitrixMethod;
import com.telephony.bitrix.MethodResult;
import com.telephony.bitrix.MethodSpec;
import com.telephony.bitrix.params.Params;
import com.telephony.domain.tenancy.Caller;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code method.get}: whether the method named by {@code name} exists here ({@code isExisting}) and whether the
 * caller may call it ({@code isAvailable}), both JSON booleans.
 */
@Singleton
public final class MethodGetMethod implements BitrixMethod {
    private static final MethodSpec SPEC = MethodSpec.anyCaller("method.get");

    private final ServedMethods served;

    public MethodGetMethod(ServedMethods served) {
        this.served = served;
    }

    @Override
    public MethodSpec spec() {
        return SPEC;
    }

    @Override
    public MethodResult invoke(Caller caller, Params params) {
        Optional<MethodSpec> method = params.string("name").flatMap(served::find);
        Map<String, JsonNode> answer = new LinkedHashMap<>();
        answer.put("isExisting", JsonNode.createBooleanNode(method.isPresent()));
        answer.put("isAvailable", JsonNode.createBooleanNode(method.map(m -> ServedMethods.availableTo(m, caller))
                .orElse(false)));
        return MethodResult.of(JsonNode.createObjectNode(answer));
    }
}
