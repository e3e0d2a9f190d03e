package com.telephony.lambda.context;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The Lambda {@link Context} of one invocation run outside Lambda, as the runtime would pass it: names and ids, a
 * 30 s budget, 1 GB, the function's log lines written to {@code log}. The local API and the benchmark probe both
 * invoke handlers with it, so the handlers see the same context everywhere.
 *
 * @param logStreamName names where this invocation runs ({@code local}, {@code bench})
 */
public record InvocationContext(String functionName, String awsRequestId, String logStreamName, PrintStream log)
        implements Context {

    @Override
    public String getAwsRequestId() {
        return awsRequestId;
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/" + functionName;
    }

    @Override
    public String getLogStreamName() {
        return logStreamName;
    }

    @Override
    public String getFunctionName() {
        return functionName;
    }

    @Override
    public String getFunctionVersion() {
        return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
        return "arn:aws:lambda:us-east-1:000000000000:function:" + functionName;
    }

    @Override
    public CognitoIdentity getIdentity() {
        return null;
    }

    @Override
    public ClientContext getClientContext() {
        return null;
    }

    @Override
    public int getRemainingTimeInMillis() {
        return 30_000;
    }

    @Override
    public int getMemoryLimitInMB() {
        return 1024;
    }

    @Override
    public LambdaLogger getLogger() {
        return new LambdaLogger() {
            @Override
            public void log(String message) {
                log.print(message);
            }

            @Override
            public void log(byte[] message) {
                log.print(new String(message, StandardCharsets.UTF_8));
            }
        };
    }
}
