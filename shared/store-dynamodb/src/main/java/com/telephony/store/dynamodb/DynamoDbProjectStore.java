package com.telephony.store.dynamodb;

import com.telephony.domain.fabric.Project;
import com.telephony.domain.fabric.ProjectStore;
import com.telephony.domain.fabric.ProjectToken;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

import java.util.Map;
import java.util.Optional;

/**
 * SignalWire projects and API tokens: plain puts and strongly consistent gets of {@link ProjectItem}s (a token
 * provisioned a moment ago must work on the next call).
 */
@Singleton
public final class DynamoDbProjectStore implements ProjectStore {
    private final DynamoDbClient client;
    private final String tableName;

    public DynamoDbProjectStore(DynamoDbClient client, TelephonyTable table) {
        this.client = client;
        this.tableName = table.name();
    }

    @Override
    public void saveProject(Project project) {
        put(ProjectItem.project(project));
    }

    @Override
    public void saveToken(ProjectToken token) {
        put(ProjectItem.token(token));
    }

    @Override
    public Optional<Project> findProject(String projectId) {
        Map<String, AttributeValue> item = Reads.item(client, tableName, Keys.project(projectId), Keys.PROJECT_SK);
        return item == null ? Optional.empty() : Optional.of(ProjectItem.toProject(item));
    }

    @Override
    public Optional<ProjectToken> findToken(String tokenHash) {
        Map<String, AttributeValue> item = Reads.item(client, tableName, Keys.signalWireToken(tokenHash),
                Keys.SIGNALWIRE_TOKEN_SK);
        return item == null ? Optional.empty() : Optional.of(ProjectItem.toToken(tokenHash, item));
    }

    /** An unconditional put: saving again replaces the whole item. */
    private void put(Map<String, AttributeValue> item) {
        client.putItem(PutItemRequest.builder().tableName(tableName).item(item).build());
    }
}
