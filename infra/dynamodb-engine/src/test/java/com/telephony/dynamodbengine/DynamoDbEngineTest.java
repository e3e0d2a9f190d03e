package com.telephony.dynamodbengine;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DynamoDbEngineTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void startsInMemoryAnswersListTablesAndReleasesThePortOnClose() throws Exception {
        int port;
        try (DynamoDbEngine engine = DynamoDbEngine.start(0, null)) {
            port = engine.endpoint().getPort();
            assertTrue(engine.description().contains("in memory, extensions on, port " + port), engine.description());

            HttpResponse<String> response = call(engine, "ListTables", "{}");

            assertEquals(200, response.statusCode(), response.body());
            assertTrue(response.body().contains("\"TableNames\""), response.body());
        }
        assertDoesNotThrow(() -> new ServerSocket(port).close(), "port " + port + " still taken after close()");
    }

    @Test
    void keepsItemsInTheDataDirectoryAcrossARestart(@TempDir Path dataDir) throws Exception {
        try (DynamoDbEngine engine = DynamoDbEngine.start(0, dataDir)) {
            assertTrue(engine.description().contains("data in " + dataDir.toAbsolutePath()), engine.description());
            assertEquals(200, call(engine, "CreateTable", """
                    {"TableName":"kept","BillingMode":"PAY_PER_REQUEST",
                     "AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"}],
                     "KeySchema":[{"AttributeName":"pk","KeyType":"HASH"}]}""").statusCode());
            awaitActive(engine, "kept");
            assertEquals(200, call(engine, "PutItem",
                    "{\"TableName\":\"kept\",\"Item\":{\"pk\":{\"S\":\"line-1\"},\"title\":{\"S\":\"kept\"}}}").statusCode());
        }
        try (DynamoDbEngine restarted = DynamoDbEngine.start(0, dataDir)) {
            HttpResponse<String> item = call(restarted, "GetItem",
                    "{\"TableName\":\"kept\",\"Key\":{\"pk\":{\"S\":\"line-1\"}},\"ConsistentRead\":true}");

            assertEquals(200, item.statusCode(), item.body());
            assertTrue(item.body().contains("\"title\":{\"S\":\"kept\"}"), item.body());
        }
    }

    @Test
    void withoutExtensionsTransactWriteItemsIsUnknownAsInUpstreamDynalite() throws Exception {
        try (DynamoDbEngine engine = DynamoDbEngine.startWithoutExtensions(0)) {
            HttpResponse<String> response = call(engine, "TransactWriteItems", "{\"TransactItems\":[]}");

            assertEquals(400, response.statusCode(), response.body());
            assertTrue(response.body().contains("UnknownOperationException"), response.body());
        }
    }

    private void awaitActive(DynamoDbEngine engine, String table) throws Exception {
        for (int attempt = 0; attempt < 100; attempt++) {
            if (call(engine, "DescribeTable", "{\"TableName\":\"" + table + "\"}").body().contains("\"ACTIVE\"")) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError(table + " never became ACTIVE");
    }

    private HttpResponse<String> call(DynamoDbEngine engine, String operation, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(engine.endpoint())
                .header("X-Amz-Target", "DynamoDB_20120810." + operation)
                .header("Content-Type", "application/x-amz-json-1.0")
                // dynalite checks that a signature and its date are present, not that they are valid
                .header("X-Amz-Date", "20260101T000000Z")
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=local/20260101/us-east-1/dynamodb/aws4_request,"
                        + " SignedHeaders=host, Signature=0")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
