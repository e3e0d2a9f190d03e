package com.telephony.bitrix;

import com.telephony.bitrix.params.Params;
import com.telephony.domain.tenancy.Caller;

import java.util.Optional;

/**
 * One REST method: read the typed command from the parameters, run one use case, encode the result.
 * Authentication, authorization, envelope and error mapping are the edge's, never the method's.
 */
public interface BitrixMethod {
    MethodSpec spec();

    MethodResult invoke(Caller caller, Params params);

    /**
     * Parameters (a JSON object) with which this method succeeds for a line-managing admin of a new portal, in
     * round {@code round} (from 0) of a SnapStart rehearsal (docs/performance.md, "SnapStart priming"): what a
     * round creates differs from what the earlier ones did. Empty for a method whose success needs data a new
     * portal does not have.
     */
    default Optional<String> rehearsalParams(int round) {
        return Optional.empty();
    }
}
