package com.telephony.store.dynamodb;

import com.telephony.http.InitWarmUp;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.util.ServiceLoader;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DynamoDbClientWarmUpTest {
    @Test
    void theWarmUpBuildsAClientAndSendsNothing() throws Exception {
        try (ServerSocket dynamoDb = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            dynamoDb.setSoTimeout(300);
            DynamoDbClientWarmUp.buildAndClose("http://127.0.0.1:" + dynamoDb.getLocalPort(), "eu-west-1");
            assertThrows(SocketTimeoutException.class, dynamoDb::accept, "no connection was opened");
        }
    }

    @Test
    void aClientThatCannotBeBuiltIsLeftToTheFactoryToReport() {
        assertDoesNotThrow(() -> DynamoDbClientWarmUp.buildAndClose("not a uri at all", " "));
    }

    @Test
    void theArtifactDeclaresIt() {
        InitWarmUp declared = ServiceLoader.load(InitWarmUp.class).findFirst().orElseThrow();
        assertTrue(declared instanceof DynamoDbClientWarmUp, "META-INF/services names the DynamoDB warm-up");
    }
}
