package com.telephony.bitrix;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Lowercased method name → method. A function's registry holds only the methods that function serves. */
public final class MethodRegistry {
    private final Map<String, BitrixMethod> methods;

    public MethodRegistry(List<? extends BitrixMethod> methods) {
        this.methods = methods.stream().collect(Collectors.toUnmodifiableMap(m -> m.spec().key(), Function.identity()));
    }

    public Optional<BitrixMethod> find(String methodKey) {
        return Optional.ofNullable(methods.get(methodKey));
    }

    /** The methods, by name. */
    public List<BitrixMethod> methods() {
        return methods.values().stream().sorted(java.util.Comparator.comparing(m -> m.spec().name())).toList();
    }

    public List<String> names() {
        return methods().stream().map(m -> m.spec().name()).toList();
    }
}
