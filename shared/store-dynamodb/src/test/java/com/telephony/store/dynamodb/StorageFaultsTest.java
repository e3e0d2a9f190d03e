package com.telephony.store.dynamodb;

import com.telephony.domain.StorageUnavailable;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Which failures of a DynamoDB call are temporary (answered as the protocol's temporary failure) and which defects. */
class StorageFaultsTest {
    @Test
    void aBareRuntimeExceptionFromTheHttpTransportIsTemporary() {
        // What an attempt timeout racing HttpURLConnection looks like (seen under load: NPE on "this.http").
        RuntimeException race = new RuntimeException(new NullPointerException("this.http is null"));
        race.setStackTrace(new StackTraceElement[] {
                frame("java.net.HttpURLConnection", "getResponseCode"),
                frame("software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient$RequestCallable",
                        "getResponseCodeSafely"),
                frame("software.amazon.awssdk.core.internal.http.pipeline.stages.MakeHttpRequestStage", "execute")});

        RuntimeException translated = StorageFaults.translate(race);

        assertInstanceOf(StorageUnavailable.class, translated);
    }

    @Test
    void aRuntimeExceptionOutsideTheTransportStaysADefect() {
        RuntimeException defect = new NullPointerException("a bug of ours");
        defect.setStackTrace(new StackTraceElement[] {
                frame("software.amazon.awssdk.core.internal.http.pipeline.stages.MakeHttpRequestStage", "execute"),
                frame("com.telephony.store.dynamodb.DynamoDbSipLineStore", "add")});

        assertSame(defect, StorageFaults.translate(defect));
    }

    @Test
    void aValidationErrorStaysADefectWhereverItWasRaised() {
        DynamoDbException validation = (DynamoDbException) DynamoDbException.builder().statusCode(400)
                .message("One or more parameter values were invalid").build();
        validation.setStackTrace(new StackTraceElement[] {
                frame("software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient", "call")});

        assertSame(validation, StorageFaults.translate(validation));
    }

    @Test
    void aCauseChainThatLoopsEndsTheSearch() {
        RuntimeException outer = new IllegalStateException("outer");
        RuntimeException inner = new IllegalArgumentException("inner", outer);
        outer.initCause(inner);
        StackTraceElement[] ours = {frame("com.telephony.store.dynamodb.DynamoDbSipLineStore", "add")};
        outer.setStackTrace(ours);
        inner.setStackTrace(ours);

        assertSame(outer, StorageFaults.translate(outer));
    }

    private static StackTraceElement frame(String className, String method) {
        return new StackTraceElement(className, method, null, -1);
    }
}
