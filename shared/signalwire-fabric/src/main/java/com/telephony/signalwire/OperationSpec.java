package com.telephony.signalwire;

/**
 * What the edge needs to know about an operation before running it.
 *
 * @param operationId the documented operationId, for logs
 * @param method      the one HTTP method it answers
 * @param target      the collection URL or an item URL ({@code …/{id}})
 * @param readsBody   whether a JSON object body is decoded (POST, PUT)
 */
public record OperationSpec(String operationId, String method, FabricRoute.Target target, boolean readsBody) {
}
