package com.telephony.bitrix;

import com.telephony.bitrix.params.Params;
import com.telephony.domain.tenancy.Caller;

/**
 * One REST method: read the typed command from the parameters, run one use case, encode the result.
 * Authentication, authorization, envelope and error mapping are the edge's, never the method's.
 */
public interface BitrixMethod {
    MethodSpec spec();

    MethodResult invoke(Caller caller, Params params);
}
