package com.telephony.dynamodblocal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class DynamoDbLocalTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void startsInMemoryAnswersListTablesAndReleasesThePortOnClose() throws Exception {
        int port;
        try (DynamoDbLocal engine = DynamoDbLocal.start(0, null)) {
            port = engine.endpoint().getPort();
            assertTrue(engine.description().matches("DynamoDB Local \\S+ \\(child process, in memory, port " + port + "\\)"),
                    engine.description());

            HttpResponse<String> response = http.send(listTables(engine), HttpResponse.BodyHandlers.ofString());

            assertEquals(200, response.statusCode(), response.body());
            assertTrue(response.body().contains("\"TableNames\""), response.body());
        }
        assertDoesNotThrow(() -> new ServerSocket(port).close(), "port " + port + " still taken after close()");
    }

    private static HttpRequest listTables(DynamoDbLocal engine) {
        return HttpRequest.newBuilder(engine.endpoint())
                .header("X-Amz-Target", "DynamoDB_20120810.ListTables")
                .header("Content-Type", "application/x-amz-json-1.0")
                // DynamoDB Local checks that a signature is present, not that it is valid
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=local/20260101/us-east-1/dynamodb/aws4_request,"
                        + " SignedHeaders=host, Signature=0")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build();
    }
}
