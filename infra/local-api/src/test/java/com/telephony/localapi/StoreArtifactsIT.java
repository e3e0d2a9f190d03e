package com.telephony.localapi;

import com.telephony.testing.postgresql.TestPostgres;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The store decides the artifact, so a function deployed for DynamoDB neither carries nor loads the JDBC stack, and
 * the PostgreSQL one carries no DynamoDB client. Checked on the real artifacts of both templates: their entries, and
 * the classes a fresh JVM loads (-verbose:class) while a handler starts and answers, with only the artifact on the
 * class path, as in Lambda. The PostgreSQL run is the control that shows the class-loading check can see JDBC.
 */
class StoreArtifactsIT {
    private static final Path ROOT = Path.of(System.getProperty("repo.root", "../..")).toAbsolutePath().normalize();
    /** Class and resource prefixes of the JDBC stack: driver, pool, Micronaut Data/JDBC/Flyway, Flyway, migrations. */
    private static final List<String> JDBC = List.of("org/postgresql/", "com/zaxxer/hikari/", "org/flywaydb/",
            "io/micronaut/data/", "io/micronaut/jdbc/", "io/micronaut/configuration/jdbc/", "io/micronaut/flyway/",
            "io/micronaut/transaction/", "com/telephony/store/postgresql/", "db/migration/");
    private static final List<String> DYNAMODB = List.of("software/amazon/awssdk/services/dynamodb/",
            "com/telephony/store/dynamodb/");
    /**
     * The SDK's object mapper (the enhanced client): the stores map items themselves, and its classes were a large
     * part of every function's init (docs/performance.md).
     */
    private static final List<String> OBJECT_MAPPER = List.of("software/amazon/awssdk/enhanced/");
    private static final String SIP_ADD = "com.telephony.functions.sipadd.SipAddHandler";

    @Test
    void noDynamoDbArtifactCarriesTheJdbcStackOrTheObjectMapper() throws IOException {
        SamTemplate template = SamTemplate.load(ROOT.resolve("infra/template.yaml"));
        for (SamTemplate.FunctionDefinition function : template.functions()) {
            assertEquals(Set.of(), entriesUnder(function.artifact(), JDBC), function.logicalId() + " carries JDBC");
            assertTrue(!entriesUnder(function.artifact(), DYNAMODB).isEmpty(), "control: " + function.logicalId());
            assertEquals(Set.of(), entriesUnder(function.artifact(), OBJECT_MAPPER),
                    function.logicalId() + " carries the DynamoDB enhanced client");
        }
    }

    @Test
    void thePostgresqlArtifactCarriesNoDynamoDbClientAndEveryHandlerOfTheDefaultTemplate() throws IOException {
        SamTemplate postgres = SamTemplate.load(ROOT.resolve("infra/template-postgresql.yaml"));
        Set<Path> artifacts = new TreeSet<>();
        postgres.functions().forEach(function -> artifacts.add(function.artifact()));
        assertEquals(Set.of(ROOT.resolve("functions-postgresql/target/telephony-postgresql.jar")), artifacts);
        Path artifact = artifacts.iterator().next();
        assertEquals(Set.of(), entriesUnder(artifact, DYNAMODB), "the PostgreSQL artifact carries DynamoDB");
        assertTrue(entriesUnder(artifact, JDBC).contains("db/migration/"), "control: the migrations are in it");
        try (ZipFile jar = new ZipFile(artifact.toFile())) {
            for (SamTemplate.FunctionDefinition function : SamTemplate.load(ROOT.resolve("infra/template.yaml")).functions()) {
                assertTrue(jar.getEntry(function.handlerClass().replace('.', '/') + ".class") != null,
                        function.handlerClass() + " missing from " + artifact);
            }
        }
    }

    @Test
    void aDynamoDbFunctionLoadsNoJdbcClassWhileItStartsAndAnswers() throws Exception {
        Path artifact = ROOT.resolve("functions/sip-add/target/sip-add.jar");
        // An endpoint, as the local API gives: DynamoDbWiring's region default ("${telephony.dynamodb.region:
        // ${aws.region:us-east-1}}") resolves to "us-east-1}" and only an endpoint override builds a client with it.
        // No call reaches DynamoDB: the probe's call has no credentials (401).
        List<String> loaded = loadedClasses(artifact, List.of("-Dtelephony.dynamodb.endpoint=http://127.0.0.1:9"));
        assertTrue(loaded.stream().anyMatch(name -> name.startsWith(SIP_ADD)), "the probe ran the handler");
        assertEquals(List.of(), loaded.stream().filter(StoreArtifactsIT::isJdbc).toList());
        assertTrue(loaded.stream().noneMatch(name -> name.startsWith("java.sql.")), "java.sql is never touched");
    }

    @Test
    void controlThePostgresqlFunctionDoesLoadThem() throws Exception {
        TestPostgres engine = TestPostgres.get();
        List<String> settings = new ArrayList<>(List.of("-Ddatasources.default.url=" + engine.newDatabase("artifact_probe"),
                "-Dflyway.datasources.default.enabled=true"));
        if (engine.username() != null) {
            settings.add("-Ddatasources.default.username=" + engine.username());
        }
        if (engine.password() != null) {
            settings.add("-Ddatasources.default.password=" + engine.password());
        }
        List<String> loaded = loadedClasses(ROOT.resolve("functions-postgresql/target/telephony-postgresql.jar"), settings);
        assertTrue(loaded.stream().anyMatch(name -> name.startsWith("org.postgresql.")), "control: the driver is loaded");
        assertTrue(loaded.stream().noneMatch(name -> name.startsWith("software.amazon.awssdk.services.dynamodb.")));
    }

    private static boolean isJdbc(String className) {
        String path = className.replace('.', '/');
        return JDBC.stream().anyMatch(path::startsWith);
    }

    private static Set<String> entriesUnder(Path artifact, List<String> prefixes) throws IOException {
        Set<String> found = new TreeSet<>();
        try (ZipFile jar = new ZipFile(artifact.toFile())) {
            for (ZipEntry entry : Collections.list(jar.entries())) {
                prefixes.stream().filter(entry.getName()::startsWith).forEach(found::add);
            }
        }
        return found;
    }

    /** Classes a fresh JVM loads while the probe starts SipAddHandler from {@code artifact} and sends it a call. */
    private static List<String> loadedClasses(Path artifact, List<String> settings) throws Exception {
        Path probe = Path.of(HandlerProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:stdout:tags"));
        command.addAll(settings);
        command.addAll(List.of("-cp", artifact + java.io.File.pathSeparator + probe, HandlerProbe.class.getName(),
                SIP_ADD, "/rest/voximplant.sip.add"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> output;
        try (var reader = process.inputReader()) {
            output = reader.lines().toList();
        }
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "probe timed out");
        assertEquals(0, process.exitValue(), String.join("\n", output));
        assertTrue(output.stream().anyMatch(line -> line.startsWith("[probe] status 401")), String.join("\n", output));
        List<String> classes = new ArrayList<>();
        for (String line : output) {
            int tag = line.indexOf("[class,load] ");
            if (tag >= 0) {
                String rest = line.substring(tag + "[class,load] ".length());
                classes.add(rest.contains(" ") ? rest.substring(0, rest.indexOf(' ')) : rest);
            }
        }
        assertTrue(classes.size() > 100, "class loading was logged: " + classes.size());
        return classes;
    }
}
