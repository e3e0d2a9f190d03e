package com.telephony.store.dynamodb;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbServiceClientConfiguration;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.CreateTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

import java.util.function.Supplier;

/**
 * The function's DynamoDB client as the stores see it: the SDK client, whose failures that are still temporary
 * after its retries come out as the domain's {@code StorageUnavailable} ({@link StorageFaults}). One place for
 * every store. The operations the stores use are delegated; the builder variants ({@code getItem(b -> ...)})
 * reach them through the interface's defaults.
 */
final class FaultTranslatingClient implements DynamoDbClient {
    private final DynamoDbClient sdk;

    FaultTranslatingClient(DynamoDbClient sdk) {
        this.sdk = sdk;
    }

    private static <T> T call(Supplier<T> operation) {
        try {
            return operation.get();
        } catch (RuntimeException failure) {
            throw StorageFaults.translate(failure);
        }
    }

    @Override
    public GetItemResponse getItem(GetItemRequest request) {
        return call(() -> sdk.getItem(request));
    }

    @Override
    public PutItemResponse putItem(PutItemRequest request) {
        return call(() -> sdk.putItem(request));
    }

    @Override
    public UpdateItemResponse updateItem(UpdateItemRequest request) {
        return call(() -> sdk.updateItem(request));
    }

    @Override
    public DeleteItemResponse deleteItem(DeleteItemRequest request) {
        return call(() -> sdk.deleteItem(request));
    }

    @Override
    public QueryResponse query(QueryRequest request) {
        return call(() -> sdk.query(request));
    }

    @Override
    public ScanResponse scan(ScanRequest request) {
        return call(() -> sdk.scan(request));
    }

    @Override
    public BatchGetItemResponse batchGetItem(BatchGetItemRequest request) {
        return call(() -> sdk.batchGetItem(request));
    }

    @Override
    public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
        return call(() -> sdk.batchWriteItem(request));
    }

    @Override
    public TransactGetItemsResponse transactGetItems(TransactGetItemsRequest request) {
        return call(() -> sdk.transactGetItems(request));
    }

    @Override
    public TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest request) {
        return call(() -> sdk.transactWriteItems(request));
    }

    @Override
    public DescribeTableResponse describeTable(DescribeTableRequest request) {
        return call(() -> sdk.describeTable(request));
    }

    @Override
    public CreateTableResponse createTable(CreateTableRequest request) {
        return call(() -> sdk.createTable(request));
    }

    @Override
    public DynamoDbServiceClientConfiguration serviceClientConfiguration() {
        return sdk.serviceClientConfiguration();
    }

    @Override
    public String serviceName() {
        return sdk.serviceName();
    }

    @Override
    public void close() {
        sdk.close();
    }
}
