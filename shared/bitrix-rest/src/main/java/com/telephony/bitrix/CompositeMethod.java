package com.telephony.bitrix;

import com.telephony.bitrix.params.Params;
import com.telephony.domain.tenancy.Caller;

/**
 * A method made of other methods' calls ({@code batch}): it runs them through {@link SubCalls}, so each goes
 * through the same lookup, authorization, limits and error mapping as a direct call of that method. Its own call is
 * not charged to the operating limit (each sub-call is, against its own method), as in Bitrix24.
 */
public interface CompositeMethod extends BitrixMethod {
    MethodResult invoke(Caller caller, Params params, SubCalls calls);

    @Override
    default MethodResult invoke(Caller caller, Params params) {
        throw new IllegalStateException(spec().name() + " runs only with its sub-calls");
    }
}
