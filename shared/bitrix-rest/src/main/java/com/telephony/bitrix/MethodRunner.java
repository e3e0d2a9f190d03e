package com.telephony.bitrix;

import com.telephony.bitrix.params.Params;
import com.telephony.domain.limits.Admission;
import com.telephony.domain.tenancy.Caller;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Runs one method for an authenticated, admitted caller: authorize (scope, application context, telephony
 * permission), check the method's operating budget, invoke, charge its execution time. A direct call and each
 * {@code batch} sub-call come through here, so both obey the same rules.
 */
public final class MethodRunner {
    private final Clock clock;

    public MethodRunner(Clock clock) {
        this.clock = clock;
    }

    /** What ran and when: the method's result, the moment it started (after checks) and finished. */
    public record Outcome(MethodResult result, Instant methodStart, Instant finish) {
    }

    public Outcome run(BitrixMethod method, Caller caller, Params params, Admission admission, SubCalls subCalls) {
        MethodSpec spec = method.spec();
        authorize(spec, caller);
        Params input = spec.upperCaseKeys() ? params.withUpperCaseKeys() : params;
        if (method instanceof CompositeMethod composite) {
            Instant start = clock.instant();
            MethodResult result = composite.invoke(caller, input, subCalls);
            return new Outcome(result, start, clock.instant());
        }
        Instant start = clock.instant();
        admission.checkOperating(spec.key(), start);
        Instant finish = null;
        try {
            MethodResult result = method.invoke(caller, input);
            finish = clock.instant();
            return new Outcome(result, start, finish);
        } finally {
            // A failed call used the server too; Bitrix24 counts it the same way.
            admission.charge(spec.key(), Duration.between(start, finish != null ? finish : clock.instant()));
        }
    }

    /** Scope first, then application context, then the user's telephony permission (docs/bitrix24/rest-conventions.md, "Check order"). */
    static void authorize(MethodSpec spec, Caller caller) {
        if (spec.scope() != null && !caller.hasScope(spec.scope())) {
            throw BitrixError.insufficientScope();
        }
        switch (spec.access()) {
            case APPLICATIONS_ANY_USER -> {
                if (!caller.inApplicationContext()) {
                    throw BitrixError.wrongAuthType();
                }
            }
            case LINE_MANAGERS -> {
                if (!caller.user().mayModifyLines()) {
                    throw BitrixError.accessDenied();
                }
            }
            case ANY_CALLER -> {
            }
        }
    }
}
