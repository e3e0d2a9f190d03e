package com.telephony.functions.batch;

import com.telephony.bitrix.BitrixRestEndpoint;
import com.telephony.bitrix.batch.BatchMethod;
import com.telephony.lambda.ApiGatewayHandler;

/** Lambda entry point of {@code batch}. Its artifact carries every Bitrix24 method of the shared edge (they are one module), and its
 * endpoint runs each command through the method it names, as a direct call would (docs/batch.md). */
public final class BatchHandler extends ApiGatewayHandler {
    public BatchHandler() {
        super(beans -> BitrixRestEndpoint.serving(beans, BatchMethod.class));
    }
}
