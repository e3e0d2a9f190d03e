package com.telephony.bitrix.platform;

import com.telephony.bitrix.BitrixMethod;
import com.telephony.bitrix.MethodSpec;
import com.telephony.domain.tenancy.Caller;
import io.micronaut.context.BeanContext;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Every Bitrix24 method this service serves (the edge's method beans), for {@code methods}, {@code method.get} and
 * {@code scope}. Read on first use, so the functions that do not need it never build the other methods.
 */
@Singleton
public final class ServedMethods {
    private final BeanContext beans;
    private volatile List<MethodSpec> specs;

    public ServedMethods(BeanContext beans) {
        this.beans = beans;
    }

    public List<MethodSpec> all() {
        List<MethodSpec> known = specs;
        if (known == null) {
            known = beans.getBeansOfType(BitrixMethod.class).stream().map(BitrixMethod::spec)
                    .sorted(java.util.Comparator.comparing(MethodSpec::key)).toList();
            specs = known;
        }
        return known;
    }

    public Optional<MethodSpec> find(String name) {
        String key = name.trim().toLowerCase(java.util.Locale.ROOT);
        return all().stream().filter(spec -> spec.key().equals(key)).findFirst();
    }

    /** The scopes the served methods need: what {@code scope?full=true} lists. */
    public List<String> scopes() {
        TreeSet<String> scopes = new TreeSet<>();
        all().stream().map(MethodSpec::scope).filter(java.util.Objects::nonNull).forEach(scopes::add);
        return List.copyOf(scopes);
    }

    /** Whether this caller may call the method: its scope held, and application context where required. */
    public static boolean availableTo(MethodSpec spec, Caller caller) {
        boolean scoped = spec.scope() == null || caller.hasScope(spec.scope());
        boolean context = spec.access() != MethodSpec.Access.APPLICATIONS_ANY_USER || caller.inApplicationContext();
        return scoped && context;
    }
}
