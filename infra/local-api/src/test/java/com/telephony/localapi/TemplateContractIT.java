package com.telephony.localapi;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.telephony.store.dynamodb.TableLayout;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import static com.telephony.localapi.SamTemplate.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * {@code infra/template.yaml} against the code: the functions it deploys are exactly the function modules, each
 * handler is in its artifact (with what Lambda's runtime loads from it), every route reaches a function that serves
 * it, the table is the one the store code uses, and no permission is a wildcard. A new function that is not in the
 * template, or a template entry that drifted from the code, fails here.
 */
class TemplateContractIT {
    private static final Path ROOT = Path.of(System.getProperty("repo.root", "../..")).toAbsolutePath().normalize();
    private static final Path TEMPLATE = ROOT.resolve("infra/template.yaml");
    private static final Pattern CODE_URI = Pattern.compile(".*/functions/([^/]+)/target/\\1\\.jar");

    private final SamTemplate template = SamTemplate.load(TEMPLATE);
    private final Map<String, Object> yaml = SamTemplate.readYaml(TEMPLATE);

    @Test
    void everyFunctionModuleIsDeployedExactlyOnceAndNothingElse() throws IOException {
        Set<String> modules;
        try (Stream<Path> dirs = Files.list(ROOT.resolve("functions"))) {
            modules = dirs.filter(dir -> Files.isRegularFile(dir.resolve("pom.xml")))
                    .map(dir -> dir.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
        List<String> deployed = new ArrayList<>();
        for (SamTemplate.FunctionDefinition function : template.functions()) {
            Matcher matcher = CODE_URI.matcher(function.artifact().toString());
            assertTrue(matcher.matches(), function.logicalId() + " CodeUri must be ../functions/<m>/target/<m>.jar: "
                    + function.artifact());
            deployed.add(matcher.group(1));
        }
        assertEquals(modules, new TreeSet<>(deployed), "function modules vs. template functions");
        assertEquals(deployed.size(), new HashSet<>(deployed).size(), "a module deployed twice: " + deployed);

        String aggregator = Files.readString(ROOT.resolve("functions/pom.xml"));
        for (String module : modules) {
            assertTrue(aggregator.contains("<module>" + module + "</module>"), module + " missing from functions/pom.xml");
        }
    }

    @Test
    void eachHandlerIsARequestHandlerInsideTheArtifactItsCodeUriNames() throws Exception {
        for (SamTemplate.FunctionDefinition function : template.functions()) {
            assertTrue(Files.isRegularFile(function.artifact()), "missing artifact " + function.artifact());
            String entry = function.handlerClass().replace('.', '/') + ".class";
            try (ZipFile jar = new ZipFile(function.artifact().toFile())) {
                assertTrue(jar.getEntry(entry) != null, function.logicalId() + ": " + entry + " not in " + function.artifact());
            }
            try (FunctionClassLoader loader = new FunctionClassLoader(function.logicalId(), function.artifact(),
                    getClass().getClassLoader())) {
                Class<?> handler = loader.loadClass(function.handlerClass());
                assertTrue(RequestHandler.class.isAssignableFrom(handler), function.handlerClass() + " is no RequestHandler");
            }
        }
    }

    /**
     * Lambda's Java runtime decodes every event with its own serializer, which loads Joda-Time from the function's
     * artifact whatever the event type (aws-lambda-java-libs#72): an artifact without it answers nothing at all.
     */
    @Test
    void eachArtifactCarriesWhatLambdasEventSerializerLoadsFromIt() throws Exception {
        for (SamTemplate.FunctionDefinition function : template.functions()) {
            try (FunctionClassLoader loader = new FunctionClassLoader(function.logicalId(), function.artifact(),
                    getClass().getClassLoader())) {
                try {
                    LambdaEventSerializers.serializerFor(APIGatewayV2HTTPEvent.class, loader);
                    LambdaEventSerializers.serializerFor(APIGatewayV2HTTPResponse.class, loader);
                } catch (RuntimeException | LinkageError missing) {
                    fail(function.logicalId() + ": Lambda's serializer cannot decode its events: " + missing);
                }
            }
        }
    }

    /**
     * Each route is sent, without credentials, to the function it names: the function must recognise it (answer
     * 401, asking for credentials) rather than answer "no such method/resource" (404). A per-method function's
     * Bitrix24 routes all name the same method.
     */
    @Test
    void everyRouteReachesAFunctionThatServesIt() {
        LocalApiSupport.api(); // provisions the engine, table and configuration the handlers read
        for (SamTemplate.FunctionDefinition function : template.functions()) {
            LocalFunction local = new LocalFunction(function);
            Set<String> bitrixMethods = new HashSet<>();
            try {
                for (SamTemplate.Route route : function.routes()) {
                    String path = concrete(route.path());
                    String method = route.method().equals("ANY") ? "POST" : route.method();
                    APIGatewayV2HTTPResponse response = local.invoke(event(method, path));
                    assertNotEquals(404, response.getStatusCode(),
                            function.logicalId() + " does not serve " + route + ": " + response.getBody());
                    assertEquals(401, response.getStatusCode(),
                            function.logicalId() + " " + route + " without credentials: " + response.getBody());
                    if (path.startsWith("/rest/") && !route.path().contains("{proxy+}")) {
                        String name = path.substring(path.lastIndexOf('/') + 1);
                        bitrixMethods.add(name.endsWith(".json") ? name.substring(0, name.length() - 5) : name);
                    }
                }
            } finally {
                local.close();
            }
            assertTrue(bitrixMethods.size() <= 1, function.logicalId() + " routes several methods: " + bitrixMethods);
        }
    }

    @Test
    void theTableIsTheOneTheStoreCodeUses() {
        Map<String, Object> table = map(map(map(yaml.get("Resources")).get("Table")).get("Properties"));
        CreateTableRequest code = TableLayout.createTableRequest("any");

        assertEquals("PAY_PER_REQUEST", table.get("BillingMode"));
        assertEquals(code.attributeDefinitions().stream().map(TemplateContractIT::attribute).collect(Collectors.toSet()),
                list(table.get("AttributeDefinitions")).stream().map(a -> map(a).get("AttributeName") + ":" + map(a).get("AttributeType"))
                        .collect(Collectors.toSet()), "attribute definitions");
        assertEquals(keys(code.keySchema()), templateKeys(table.get("KeySchema")), "key schema");

        Map<String, List<String>> templateIndexes = new HashMap<>();
        for (Object index : list(table.get("GlobalSecondaryIndexes"))) {
            templateIndexes.put((String) map(index).get("IndexName"), templateKeys(map(index).get("KeySchema")));
            assertEquals("ALL", map(map(index).get("Projection")).get("ProjectionType"));
        }
        Map<String, List<String>> codeIndexes = code.globalSecondaryIndexes().stream()
                .collect(Collectors.toMap(GlobalSecondaryIndex::indexName, index -> keys(index.keySchema())));
        assertEquals(codeIndexes, templateIndexes, "global secondary indexes");

        assertEquals(true, map(table.get("PointInTimeRecoverySpecification")).get("PointInTimeRecoveryEnabled"));
        assertEquals(TableLayout.TTL_ATTRIBUTE, map(table.get("TimeToLiveSpecification")).get("AttributeName"));
        assertEquals(true, map(table.get("TimeToLiveSpecification")).get("Enabled"));
    }

    @Test
    void noPermissionIsAWildcard() {
        int statements = 0;
        for (Map.Entry<String, Object> resource : map(yaml.get("Resources")).entrySet()) {
            for (Object policy : list(map(map(resource.getValue()).get("Properties")).get("Policies"))) {
                if (!(policy instanceof Map)) {
                    fail(resource.getKey() + " uses a managed or SAM policy template; write explicit statements: " + policy);
                }
                for (Object statement : list(map(policy).get("Statement"))) {
                    statements++;
                    for (String field : List.of("Action", "Resource")) {
                        Object value = map(statement).get(field);
                        assertTrue(value != null, resource.getKey() + " statement without " + field);
                        assertFalse(String.valueOf(value).contains("*"),
                                resource.getKey() + " uses a wildcard in " + field + ": " + value);
                    }
                }
            }
        }
        assertTrue(statements >= template.functions().size(), "every function has its own statements");
    }

    /**
     * Every call authenticates by reading credentials ({@code GetItem}), so every function needs it; functions that
     * only read (get, list, status of the connector) must not be able to write.
     */
    @Test
    void everyFunctionCanAuthenticateAndReadOnlyFunctionsCannotWrite() {
        Map<String, Object> resources = map(yaml.get("Resources"));
        Set<String> writes = Set.of("dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem",
                "dynamodb:BatchWriteItem", "dynamodb:ConditionCheckItem");
        for (SamTemplate.FunctionDefinition function : template.functions()) {
            Set<String> actions = new HashSet<>();
            for (Object policy : list(map(map(resources.get(function.logicalId())).get("Properties")).get("Policies"))) {
                for (Object statement : list(map(policy).get("Statement"))) {
                    if (onlyLimitItems(statement)) {
                        continue; // the REST limits item, writable by every Bitrix24 function (checked below)
                    }
                    Object action = map(statement).get("Action");
                    if (action instanceof List<?> many) {
                        many.forEach(a -> actions.add(String.valueOf(a)));
                    } else {
                        actions.add(String.valueOf(action));
                    }
                }
            }
            assertTrue(actions.contains("dynamodb:GetItem"), function.logicalId() + " cannot read credentials: " + actions);
            Matcher module = CODE_URI.matcher(function.artifact().toString());
            assertTrue(module.matches());
            if (module.group(1).matches(".*-(get|list)|.*connector-status")) {
                Set<String> granted = new HashSet<>(actions);
                granted.retainAll(writes);
                assertTrue(granted.isEmpty(), function.logicalId() + " is read-only but may " + granted);
            }
        }
    }

    /**
     * Every Bitrix24 function counts its calls against the portal's limits item (docs/limits.md), and may write
     * that item only: the statement is conditioned on the {@code LIMIT#} partition keys.
     */
    @Test
    void everyBitrixFunctionMayWriteItsPortalsLimitsItemOnly() {
        Map<String, Object> resources = map(yaml.get("Resources"));
        for (SamTemplate.FunctionDefinition function : template.functions()) {
            boolean bitrix = function.routes().stream().anyMatch(route -> route.path().startsWith("/rest/"));
            boolean limited = false;
            for (Object policy : list(map(map(resources.get(function.logicalId())).get("Properties")).get("Policies"))) {
                for (Object statement : list(map(policy).get("Statement"))) {
                    if (onlyLimitItems(statement)) {
                        limited = true;
                        assertEquals(List.of("dynamodb:UpdateItem"), list(map(statement).get("Action")),
                                function.logicalId() + " limits statement");
                    }
                }
            }
            assertEquals(bitrix, limited, function.logicalId() + (bitrix ? " has no" : " needs no") + " limits statement");
        }
    }

    private static boolean onlyLimitItems(Object statement) {
        Object condition = map(statement).get("Condition");
        if (condition == null) {
            return false;
        }
        Object keys = map(map(condition).get("ForAllValues:StringLike")).get("dynamodb:LeadingKeys");
        return keys != null && list(keys).equals(List.of("LIMIT#*"));
    }

    @Test
    void functionsLogJsonAndTracingIsSwitchable() {
        Map<String, Object> function = map(map(yaml.get("Globals")).get("Function"));
        Map<String, Object> logging = map(function.get("LoggingConfig"));
        assertEquals("JSON", logging.get("LogFormat"));
        assertEquals("Tracing", function.get("Tracing"), "tracing follows the Tracing parameter");
        assertEquals(List.of("Active", "PassThrough"), map(map(yaml.get("Parameters")).get("Tracing")).get("AllowedValues"));
        assertTrue(map(map(function.get("Environment")).get("Variables")).containsKey("METRICS_NAMESPACE"));
    }

    @Test
    void everyFunctionHasALogGroupWithRetention() {
        Map<String, Object> resources = map(yaml.get("Resources"));
        Set<String> logged = new HashSet<>();
        resources.values().stream().map(SamTemplate::map)
                .filter(resource -> "AWS::Logs::LogGroup".equals(resource.get("Type")))
                .forEach(resource -> {
                    Map<String, Object> properties = map(resource.get("Properties"));
                    assertTrue(properties.get("RetentionInDays") instanceof Integer, "retention: " + properties);
                    Matcher matcher = Pattern.compile("/aws/lambda/\\$\\{(\\w+)}").matcher(String.valueOf(properties.get("LogGroupName")));
                    assertTrue(matcher.find(), "log group name: " + properties);
                    logged.add(matcher.group(1));
                });
        for (SamTemplate.FunctionDefinition function : template.functions()) {
            assertTrue(logged.contains(function.logicalId()), function.logicalId() + " has no log group");
        }
    }

    private static String concrete(String routePath) {
        return routePath.replace("{userId}", "1").replace("{webhookCode}", "no-such-code")
                .replace("{proxy+}", "voximplant.sip.add")
                .replaceAll("\\{[^}/]+}", "993ed018-9e79-4e50-b97b-984bd5534095");
    }

    private static APIGatewayV2HTTPEvent event(String method, String path) {
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0").withRouteKey(method + " " + path).withRawPath(path).withRawQueryString("")
                .withHeaders(Map.of("content-type", "application/json")).withBody("{}").withIsBase64Encoded(false)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withRequestId("template-contract")
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod(method).withPath(path).build())
                        .build())
                .build();
    }

    private static String attribute(AttributeDefinition definition) {
        return definition.attributeName() + ":" + definition.attributeTypeAsString();
    }

    private static List<String> keys(List<KeySchemaElement> schema) {
        return schema.stream().map(key -> key.attributeName() + ":" + key.keyTypeAsString()).toList();
    }

    private static List<String> templateKeys(Object schema) {
        return list(schema).stream().map(key -> map(key).get("AttributeName") + ":" + map(key).get("KeyType")).toList();
    }

    private static List<Object> list(Object value) {
        return value instanceof List<?> list ? new ArrayList<>(list) : List.of();
    }

}
