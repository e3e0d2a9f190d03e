package com.telephony.testsupport.fuzz;

import java.util.List;

/** What a function serves and the credentials that get a request past its authentication. */
sealed interface Target {
    String function();

    List<String> fields();

    /** Every secret the run uses: none may appear in the function's output. */
    List<String> secrets();

    /**
     * A Bitrix24 REST function.
     *
     * @param methods     the methods the function serves
     * @param webhookPath a valid webhook, {@code /rest/1/<code>/}
     * @param token       a valid application access token
     */
    record Bitrix(String function, List<String> methods, String webhookPath, String token, List<String> fields,
                  List<String> secrets) implements Target {
    }

    /**
     * A SignalWire Fabric operation.
     *
     * @param ids endpoint ids to aim item operations at: existing ones among them
     */
    record Fabric(String function, String httpMethod, boolean item, String projectId, String authorization,
                  List<String> ids, List<String> fields, List<String> secrets) implements Target {
    }
}
