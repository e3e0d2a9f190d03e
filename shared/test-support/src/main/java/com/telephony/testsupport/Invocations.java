package com.telephony.testsupport;

import com.telephony.lambda.context.InvocationContext;

import java.util.UUID;

/**
 * The Lambda Context a test invocation gets: the same {@link InvocationContext} the local API and the benchmark
 * probe pass, with a fresh request id each time, as the Lambda runtime gives.
 */
public final class Invocations {
    private Invocations() {
    }

    public static InvocationContext context(Object handler) {
        return new InvocationContext(handler.getClass().getSimpleName(), UUID.randomUUID().toString(), "test", System.out);
    }
}
