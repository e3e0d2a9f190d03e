package com.telephony.localapi;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The functions and HTTP API routes of {@code infra/template.yaml}: the one list of what is deployed, read here as
 * {@code sam local start-api} reads it, so a new function needs no edit anywhere else to be served locally.
 */
public record SamTemplate(Path location, List<FunctionDefinition> functions) {

    /** One {@code AWS::Serverless::Function}: its artifact, handler class and routes. */
    public record FunctionDefinition(String logicalId, Path artifact, String handlerClass, List<Route> routes) {
    }

    /** One {@code HttpApi} event: method ({@code ANY} allowed) and path template. */
    public record Route(String method, String path) {
    }

    /**
     * The template as plain maps and lists, intrinsic functions read as their arguments. Public for readers of
     * what {@link FunctionDefinition} leaves out (the benchmark reads each function's environment).
     */
    public static Map<String, Object> readYaml(Path templateFile) {
        try (Reader reader = Files.newBufferedReader(templateFile)) {
            return new Yaml(new CloudFormationConstructor()).load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + templateFile, e);
        }
    }

    public static SamTemplate load(Path templateFile) {
        Map<String, Object> root = readYaml(templateFile);
        Map<String, Object> resources = map(root.get("Resources"));
        Map<String, Object> globals = map(map(root.get("Globals")).get("Function"));
        List<FunctionDefinition> functions = new ArrayList<>();
        resources.forEach((logicalId, value) -> {
            Map<String, Object> resource = map(value);
            if (!"AWS::Serverless::Function".equals(resource.get("Type"))) {
                return;
            }
            Map<String, Object> properties = map(resource.get("Properties"));
            String codeUri = string(properties.getOrDefault("CodeUri", globals.get("CodeUri")));
            String handler = string(properties.getOrDefault("Handler", globals.get("Handler")));
            List<Route> routes = new ArrayList<>();
            map(properties.get("Events")).forEach((eventName, event) -> {
                Map<String, Object> eventMap = map(event);
                if ("HttpApi".equals(eventMap.get("Type"))) {
                    Map<String, Object> eventProperties = map(eventMap.get("Properties"));
                    routes.add(new Route(string(eventProperties.getOrDefault("Method", "ANY")).toUpperCase(),
                            string(eventProperties.getOrDefault("Path", "$default"))));
                }
            });
            Path artifact = templateFile.toAbsolutePath().getParent().resolve(codeUri).normalize();
            String handlerClass = handler.contains("::") ? handler.substring(0, handler.indexOf("::")) : handler;
            functions.add(new FunctionDefinition(logicalId, artifact, handlerClass, List.copyOf(routes)));
        });
        return new SamTemplate(templateFile, List.copyOf(functions));
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static String string(Object value) {
        return value == null ? "" : value.toString();
    }

    /** Accepts CloudFormation's short-form intrinsics ({@code !Ref}, {@code !Sub}, …) as their plain values. */
    private static final class CloudFormationConstructor extends SafeConstructor {
        CloudFormationConstructor() {
            super(new LoaderOptions());
            for (String name : List.of("Ref", "Sub", "GetAtt", "Join", "If", "Equals", "Not", "And", "Or",
                    "FindInMap", "Select", "Split", "ImportValue", "Base64", "Cidr", "GetAZs", "Condition")) {
                this.yamlConstructors.put(new Tag("!" + name), new Intrinsic());
            }
        }

        private final class Intrinsic extends AbstractConstruct {
            @Override
            public Object construct(Node node) {
                if (node instanceof ScalarNode scalar) {
                    return constructScalar(scalar);
                }
                if (node instanceof SequenceNode sequence) {
                    return constructSequence(sequence);
                }
                return constructMapping((MappingNode) node);
            }
        }
    }
}
