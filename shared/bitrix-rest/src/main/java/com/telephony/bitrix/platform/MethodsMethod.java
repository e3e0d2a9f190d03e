package com.telephony.bitrix.platform;

import com.telephony.bitrix.BitrixMethod;
import com.telephony.bitrix.MethodResult;
import com.telephony.bitrix.MethodSpec;
import com.telephony.bitrix.params.Params;
import com.telephony.domain.tenancy.Caller;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.util.Objects;

/**
 * {@code methods} (deprecated in Bitrix24, still called by older clients): the names of the methods the caller may
 * call, lowercased as Bitrix24 lists them; {@code full=true} lists every served method, {@code scope=X} those of
 * scope X.
 */
@Singleton
public final class MethodsMethod implements BitrixMethod {
    private static final MethodSpec SPEC = MethodSpec.anyCaller("methods");

    private final ServedMethods served;

    public MethodsMethod(ServedMethods served) {
        this.served = served;
    }

    @Override
    public MethodSpec spec() {
        return SPEC;
    }

    @Override
    public MethodResult invoke(Caller caller, Params params) {
        boolean full = Flags.truthy(params.raw("full"));
        String scope = params.string("scope").map(String::trim).filter(s -> !s.isEmpty()).orElse(null);
        return MethodResult.of(JsonNode.createArrayNode(served.all().stream()
                .filter(spec -> scope != null ? Objects.equals(scope, spec.scope())
                        : full || ServedMethods.availableTo(spec, caller))
                .map(spec -> JsonNode.createStringNode(spec.key())).map(JsonNode.class::cast).toList()));
    }
}
