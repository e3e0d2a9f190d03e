package com.telephony.bitrix;

import java.time.Instant;
import java.util.Map;

/** Runs other methods on behalf of a composite method's caller, each exactly as a direct call of it would run. */
public interface SubCalls {
    /**
     * @param methodName the method as written in the command (any letter case, optional {@code .json})
     * @param params     its decoded parameters, {@code auth} and {@code start} still among them
     */
    SubCall call(String methodName, Map<String, Object> params);

    /** A sub-call's answer: a result or a wire error, and when it ran. */
    record SubCall(MethodResult result, BitrixError error, Instant start, Instant methodStart, Instant finish) {
        public boolean failed() {
            return error != null;
        }
    }
}
