package com.telephony.localapi;

import com.telephony.domain.fabric.ProjectProvisioning;
import com.telephony.domain.tenancy.Provisioning;
import com.telephony.domain.tenancy.OAuthTokens;
import com.telephony.store.postgresql.PostgresOAuthStore;
import com.telephony.store.postgresql.PostgresProjectStore;
import com.telephony.store.postgresql.PostgresTenancyStore;
import com.telephony.testing.postgresql.EmbeddedPostgresServer;
import io.micronaut.context.ApplicationContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The local API on PostgreSQL ({@code --store postgresql}): an embedded PostgreSQL (binaries from Maven Central;
 * a temporary cluster, or the one kept in {@code --data-dir}) or an existing server ({@code --postgres-url}), the
 * schema migrated by the same Flyway migrations the functions carry, the same development tenants, and every
 * function of {@code infra/template-postgresql.yaml} (the PostgreSQL artifact) on one port.
 *
 * <pre>
 * java -jar infra/local-api/target/local-api.jar --store postgresql [--port 3000] [--data-dir DIR]
 *      [--postgres-url JDBC-URL --postgres-user U --postgres-password P] [--postgres-port 0]
 *      [--template infra/template-postgresql.yaml]
 * </pre>
 */
public final class PostgresLocalApi implements AutoCloseable {
    public record Options(String host, int port, Path template, Path dataDir, String postgresUrl, String postgresUser,
                          String postgresPassword, int postgresPort) {
        public static Options defaults() {
            return new Options("127.0.0.1", 3000, null, null, null, null, null, 0);
        }
    }

    private final EmbeddedPostgresServer engine;
    private final LocalApiServer server;
    private final String storageDescription;

    private PostgresLocalApi(EmbeddedPostgresServer engine, LocalApiServer server, String storageDescription) {
        this.engine = engine;
        this.server = server;
        this.storageDescription = storageDescription;
    }

    /** Whether the command line asks for this store ({@code --store postgresql} or {@code STORE=postgresql}). */
    static boolean requested(String[] args) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--store")) {
                return args[i + 1].equalsIgnoreCase("postgresql");
            }
        }
        return "postgresql".equalsIgnoreCase(System.getenv("STORE"));
    }

    public static PostgresLocalApi start(Options options) throws IOException {
        EmbeddedPostgresServer engine = null;
        String url = options.postgresUrl();
        String user = options.postgresUser();
        String description = "PostgreSQL at " + url;
        if (url == null || url.isBlank()) {
            if (options.dataDir() != null) {
                Files.createDirectories(options.dataDir());
            }
            engine = EmbeddedPostgresServer.start(options.dataDir() == null ? null : options.dataDir().resolve("postgresql"),
                    options.postgresPort());
            url = engine.jdbcUrl();
            user = engine.username();
            description = engine.description();
        }
        Map<String, String> settings = new HashMap<>();
        settings.put("datasources.default.url", url);
        if (user != null) {
            settings.put("datasources.default.username", user);
        }
        if (options.postgresPassword() != null) {
            settings.put("datasources.default.password", options.postgresPassword());
        }
        settings.put("flyway.datasources.default.enabled", "true");
        try {
            provision(settings);
        } catch (RuntimeException e) {
            if (engine != null) {
                engine.close();
            }
            throw e;
        }
        // Every function handler started in this JVM reads these, as a deployed one reads its environment.
        settings.put("datasources.default.maximum-pool-size", "2");
        settings.forEach(System::setProperty);

        Path template = options.template() != null ? options.template() : findTemplate();
        LocalApiServer server = new LocalApiServer(SamTemplate.load(template), options.host(), options.port());
        server.start();
        return new PostgresLocalApi(engine, server, description);
    }

    /**
     * Migrates the schema and provisions the development tenants (idempotent: a kept cluster keeps its data). The
     * local API also carries the DynamoDB adapters (its default store), so the PostgreSQL ones are asked for by class.
     */
    private static void provision(Map<String, String> settings) {
        try (ApplicationContext context = ApplicationContext.builder()
                .properties(new HashMap<>(settings)).deduceEnvironment(false).banner(false).start()) {
            DevTenant.DEFAULT.provision(new Provisioning(context.getBean(PostgresTenancyStore.class), Clock.systemUTC()),
                    new ProjectProvisioning(context.getBean(PostgresProjectStore.class)),
                    new OAuthTokens(context.getBean(PostgresTenancyStore.class),
                            context.getBean(PostgresOAuthStore.class), Clock.systemUTC()));
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    public String webhookUrl() {
        return DevTenant.DEFAULT.webhookUrl(baseUrl());
    }

    public String appToken() {
        return DevTenant.DEFAULT.appToken();
    }

    public String signalWireProjectId() {
        return DevTenant.DEFAULT.signalWireProjectId();
    }

    public String signalWireToken() {
        return DevTenant.DEFAULT.signalWireToken();
    }

    public String sipEndpointsUrl() {
        return DevTenant.DEFAULT.sipEndpointsUrl(baseUrl());
    }

    public String storageDescription() {
        return storageDescription;
    }

    public List<String> functionNames() {
        return server.functionNames();
    }

    @Override
    public void close() {
        server.close();
        if (engine != null) {
            try {
                engine.close();
            } catch (IOException e) {
                System.err.println("[local-api] could not stop " + storageDescription + ": " + e);
            }
        }
    }

    /** {@code infra/template-postgresql.yaml} from the working directory or any parent of it. */
    static Path findTemplate() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("infra/template-postgresql.yaml");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("infra/template-postgresql.yaml not found from " + Path.of("").toAbsolutePath()
                + "; run from the repository or pass --template");
    }

    public static void main(String[] args) throws Exception {
        Options options = parse(args);
        PostgresLocalApi api = start(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            api.close();
            stopped.countDown();
        }, "local-api-shutdown"));
        System.out.println();
        System.out.println("Local API listening on " + api.baseUrl());
        System.out.println("  storage:   " + api.storageDescription()
                + (options.dataDir() == null && options.postgresUrl() == null ? " (gone when this stops)" : ""));
        System.out.println("  functions: " + String.join(", ", api.functionNames()));
        System.out.println();
        System.out.println("Bitrix24 webhook URL:     " + api.webhookUrl());
        System.out.println("Bitrix24 OAuth endpoint:  " + api.baseUrl() + "/rest/  with auth=" + api.appToken()
                + "  (application " + DevTenant.DEFAULT.clientId() + ", valid " + DevTenant.TOKEN_LIFETIME.toHours() + " h)");
        System.out.println();
        System.out.println("SignalWire project:       " + api.signalWireProjectId() + "  API token " + api.signalWireToken()
                + "  (HTTP Basic project:token)");
        System.out.println("SignalWire SIP endpoints: " + api.sipEndpointsUrl());
        System.out.println("Stop with Ctrl+C.");
        stopped.await();
    }

    static Options parse(String[] args) {
        Options o = Options.defaults();
        String host = o.host();
        int port = o.port();
        Path template = o.template();
        Path dataDir = o.dataDir();
        String url = o.postgresUrl();
        String user = o.postgresUser();
        String password = o.postgresPassword();
        int postgresPort = o.postgresPort();
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            String flag = rest.remove(0);
            if (flag.equals("--help") || flag.equals("-h")) {
                System.out.println("usage: local-api --store postgresql [--port 3000] [--host 127.0.0.1] [--data-dir DIR] "
                        + "[--postgres-url JDBC-URL] [--postgres-user USER] [--postgres-password PASSWORD] "
                        + "[--postgres-port 0] [--template infra/template-postgresql.yaml]");
                System.exit(0);
            }
            if (rest.isEmpty()) {
                throw new IllegalArgumentException(flag + " needs a value (see --help)");
            }
            String value = rest.remove(0);
            switch (flag) {
                case "--store" -> {
                    if (!value.equalsIgnoreCase("postgresql")) {
                        throw new IllegalArgumentException("--store " + value + " is not PostgreSQL");
                    }
                }
                case "--host" -> host = value;
                case "--port" -> port = Integer.parseInt(value);
                case "--template" -> template = Path.of(value);
                case "--data-dir" -> dataDir = Path.of(value).toAbsolutePath();
                case "--postgres-url" -> url = value;
                case "--postgres-user" -> user = value;
                case "--postgres-password" -> password = value;
                case "--postgres-port" -> postgresPort = Integer.parseInt(value);
                default -> throw new IllegalArgumentException("unknown option " + flag + " with --store postgresql (see --help)");
            }
        }
        return new Options(host, port, template, dataDir, url, user, password, postgresPort);
    }
}
