package com.telephony.store.dynamodb;

import com.telephony.domain.fabric.Project;
import com.telephony.domain.fabric.ProjectStore;
import com.telephony.domain.fabric.ProjectToken;
import jakarta.inject.Singleton;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;

import java.util.Optional;

/** SignalWire projects and API tokens, through the enhanced client with one static schema. */
@Singleton
public final class DynamoDbProjectStore implements ProjectStore {
    private final DynamoDbTable<ProjectItem> table;

    public DynamoDbProjectStore(DynamoDbEnhancedClient enhanced, TelephonyTable table) {
        this.table = enhanced.table(table.name(), ProjectItem.SCHEMA);
    }

    @Override
    public void saveProject(Project project) {
        ProjectItem item = ProjectItem.keyed(Keys.project(project.id()), Keys.PROJECT_SK);
        item.projectId = project.id();
        item.name = project.name();
        table.putItem(item);
    }

    @Override
    public void saveToken(ProjectToken token) {
        ProjectItem item = ProjectItem.keyed(Keys.signalWireToken(token.tokenHash()), Keys.SIGNALWIRE_TOKEN_SK);
        item.projectId = token.projectId();
        table.putItem(item);
    }

    @Override
    public Optional<Project> findProject(String projectId) {
        return get(Keys.project(projectId), Keys.PROJECT_SK).map(i -> new Project(i.projectId, i.name));
    }

    @Override
    public Optional<ProjectToken> findToken(String tokenHash) {
        return get(Keys.signalWireToken(tokenHash), Keys.SIGNALWIRE_TOKEN_SK)
                .map(i -> new ProjectToken(tokenHash, i.projectId));
    }

    private Optional<ProjectItem> get(String pk, String sk) {
        // Strongly consistent: a token provisioned a moment ago must work on the next call.
        return Optional.ofNullable(table.getItem(request -> request.consistentRead(true)
                .key(Key.builder().partitionValue(pk).sortValue(sk).build())));
    }
}
