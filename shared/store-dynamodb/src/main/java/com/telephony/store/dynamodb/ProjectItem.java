package com.telephony.store.dynamodb;

import com.telephony.domain.fabric.Project;
import com.telephony.domain.fabric.ProjectToken;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.Map;

/**
 * The stored form of SignalWire projects and their API tokens (keyed by the token's SHA-256; the token itself is
 * never written). All attributes are strings.
 */
final class ProjectItem {
    private ProjectItem() {
    }

    static Map<String, AttributeValue> project(Project project) {
        Map<String, AttributeValue> item = Attributes.key(Keys.project(project.id()), Keys.PROJECT_SK);
        Attributes.putString(item, "projectId", project.id());
        Attributes.putString(item, "name", project.name());
        return item;
    }

    static Project toProject(Map<String, AttributeValue> item) {
        return new Project(Attributes.string(item, "projectId"), Attributes.string(item, "name"));
    }

    static Map<String, AttributeValue> token(ProjectToken token) {
        Map<String, AttributeValue> item = Attributes.key(Keys.signalWireToken(token.tokenHash()), Keys.SIGNALWIRE_TOKEN_SK);
        Attributes.putString(item, "projectId", token.projectId());
        return item;
    }

    static ProjectToken toToken(String tokenHash, Map<String, AttributeValue> item) {
        return new ProjectToken(tokenHash, Attributes.string(item, "projectId"));
    }
}
