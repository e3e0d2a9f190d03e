package com.telephony.localapi;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.telephony.testing.postgresql.TestPostgres;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The second shape of the deployment, {@code infra/template-postgresql.yaml}, against the default one and the code:
 * the same functions with the same handlers and routes, all from the PostgreSQL artifact, configured for an existing
 * database (JDBC URL, credentials resolved from Secrets Manager, the VPC), with no DynamoDB table or permission; and
 * every route reaches a function that serves it on a real PostgreSQL.
 */
class PostgresTemplateContractIT {
    private static final Path ROOT = Path.of(System.getProperty("repo.root", "../..")).toAbsolutePath().normalize();
    private static final Path DEFAULT = ROOT.resolve("infra/template.yaml");
    private static final Path POSTGRES = ROOT.resolve("infra/template-postgresql.yaml");

    private final SamTemplate template = SamTemplate.load(POSTGRES);
    private final Map<String, Object> yaml = SamTemplate.readYaml(POSTGRES);

    @Test
    void theSameFunctionsHandlersAndRoutesAsTheDefaultTemplate() {
        Function<SamTemplate, Map<String, String>> shape = t -> t.functions().stream().collect(Collectors.toMap(
                SamTemplate.FunctionDefinition::logicalId, f -> f.handlerClass() + " " + f.routes()));
        assertEquals(shape.apply(SamTemplate.load(DEFAULT)), shape.apply(template));
        for (SamTemplate.FunctionDefinition function : template.functions()) {
            assertEquals(ROOT.resolve("functions-postgresql/target/telephony-postgresql.jar"), function.artifact());
        }
    }

    @Test
    void itIsConfiguredForAnExistingPostgresqlInItsVpcAndHasNoDynamoDb() {
        Map<String, Object> parameters = SamTemplate.map(yaml.get("Parameters"));
        for (String parameter : List.of("JdbcUrl", "DatabaseSecretArn", "SubnetIds", "SecurityGroupIds", "Stage")) {
            assertTrue(parameters.containsKey(parameter), "parameter " + parameter);
        }
        Map<String, Object> function = SamTemplate.map(SamTemplate.map(yaml.get("Globals")).get("Function"));
        Map<String, Object> variables = SamTemplate.map(SamTemplate.map(function.get("Environment")).get("Variables"));
        assertEquals("postgresql", variables.get("STORE"));
        assertEquals("JdbcUrl", variables.get("DATASOURCES_DEFAULT_URL"));
        for (String credential : List.of("username", "password")) {
            String value = String.valueOf(variables.get("DATASOURCES_DEFAULT_" + credential.toUpperCase()));
            assertEquals("{{resolve:secretsmanager:${DatabaseSecretArn}:SecretString:" + credential + "}}", value,
                    "the " + credential + " comes from the secret at deploy time, never from a parameter");
        }
        assertTrue(Integer.parseInt(String.valueOf(variables.get("DATASOURCES_DEFAULT_MAXIMUM_POOL_SIZE"))) >= 2,
                "Flyway migrating on start holds two connections at once");
        Map<String, Object> vpc = SamTemplate.map(function.get("VpcConfig"));
        assertEquals("SubnetIds", vpc.get("SubnetIds"));
        assertEquals("SecurityGroupIds", vpc.get("SecurityGroupIds"));

        String text = yaml.toString();
        assertFalse(text.contains("dynamodb:"), "no DynamoDB permission");
        assertFalse(text.contains("TELEPHONY_DYNAMODB"), "no DynamoDB setting");
        SamTemplate.map(yaml.get("Resources")).forEach((name, resource) ->
                assertFalse(String.valueOf(SamTemplate.map(resource).get("Type")).startsWith("AWS::DynamoDB"), name));
        for (SamTemplate.FunctionDefinition definition : template.functions()) {
            Object logs = SamTemplate.map(yaml.get("Resources")).get(definition.logicalId().replace("Function", "Logs"));
            assertNotNull(logs, definition.logicalId() + " has no log group");
        }
    }

    /** As the default template's test: every route, without credentials, answers 401 from the function it names. */
    @Test
    void everyRouteReachesAFunctionThatServesItOnPostgresql() {
        TestPostgres engine = TestPostgres.get();
        System.setProperty("datasources.default.url", engine.newDatabase("template_contract"));
        if (engine.username() != null) {
            System.setProperty("datasources.default.username", engine.username());
        }
        if (engine.password() != null) {
            System.setProperty("datasources.default.password", engine.password());
        }
        System.setProperty("flyway.datasources.default.enabled", "true");
        for (SamTemplate.FunctionDefinition function : template.functions()) {
            LocalFunction local = new LocalFunction(function);
            try {
                for (SamTemplate.Route route : function.routes()) {
                    String path = route.path().replace("{userId}", "1").replace("{webhookCode}", "no-such-code")
                            .replace("{proxy+}", "voximplant.sip.add")
                            .replaceAll("\\{[^}/]+}", "993ed018-9e79-4e50-b97b-984bd5534095");
                    String method = route.method().equals("ANY") ? "POST" : route.method();
                    APIGatewayV2HTTPResponse response = local.invoke(event(method, path));
                    assertEquals(401, response.getStatusCode(),
                            function.logicalId() + " " + route + " without credentials: " + response.getBody());
                }
            } finally {
                local.close();
            }
        }
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
}
