package com.telephony.localapi;

import com.telephony.dynamodbengine.DynamoDbEngine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * One command for a local deployment: an embedded DynamoDB (dynalite with our extension, in memory unless a data folder is
 * given), the table, a development portal with a webhook and an application token, a development SignalWire project
 * with an API token, and every function of the SAM template on one port through its real Lambda handler.
 *
 * <pre>
 * java -jar infra/local-api/target/local-api.jar [--port 3000] [--data-dir DIR] [--dynamodb-endpoint URL]
 *      [--dynamodb-port 8000] [--table telephony-local] [--template infra/template.yaml]
 * </pre>
 */
public final class LocalApi implements AutoCloseable {
    /**
     * @param https        serve HTTPS with a self-signed certificate kept in {@code tlsDir} (made on first run)
     * @param bitrixLimits Bitrix24's real REST limits (50 requests burst, 2 per second, 480 s operating) instead of
     *                     the local default, which is generous so scripts and tests are not throttled
     */
    public record Options(String host, int port, Path template, Path dataDir, String dynamoDbEndpoint,
                          int dynamoDbPort, String table, String region, boolean https, Path tlsDir,
                          boolean bitrixLimits) {
        public Options(String host, int port, Path template, Path dataDir, String dynamoDbEndpoint, int dynamoDbPort,
                       String table, String region) {
            this(host, port, template, dataDir, dynamoDbEndpoint, dynamoDbPort, table, region, false, null, false);
        }

        public static Options defaults() {
            return new Options("127.0.0.1", 3000, null, null, null, 8000, "telephony-local", "us-east-1");
        }

        public Options withHttps(Path dir) {
            return new Options(host, port, template, dataDir, dynamoDbEndpoint, dynamoDbPort, table, region, true, dir,
                    bitrixLimits);
        }

        public Options withBitrixLimits() {
            return new Options(host, port, template, dataDir, dynamoDbEndpoint, dynamoDbPort, table, region, https,
                    tlsDir, true);
        }

        Path effectiveTlsDir() {
            return tlsDir != null ? tlsDir : Path.of(".local-api", "tls").toAbsolutePath();
        }
    }

    /** The local default: generous enough that no script or test is throttled, but the same code path runs. */
    static final Map<String, String> LOCAL_LIMITS = Map.of("telephony.limits.burst", "100000",
            "telephony.limits.drain-per-second", "10000", "telephony.limits.operating-seconds", "86400");
    static final Map<String, String> BITRIX_LIMITS = Map.of("telephony.limits.burst", "50",
            "telephony.limits.drain-per-second", "2", "telephony.limits.operating-seconds", "480");

    private final Options options;
    private final DynamoDbEngine engine;
    private final LocalApiServer server;
    private final String dynamoDbEndpoint;
    private final String engineDescription;

    private final LocalTls tls;

    private LocalApi(Options options, DynamoDbEngine engine, LocalApiServer server, String dynamoDbEndpoint,
                     String engineDescription, LocalTls tls) {
        this.tls = tls;
        this.options = options;
        this.engine = engine;
        this.server = server;
        this.dynamoDbEndpoint = dynamoDbEndpoint;
        this.engineDescription = engineDescription;
    }

    public static LocalApi start(Options options) throws IOException {
        DynamoDbEngine engine = null;
        String endpoint = options.dynamoDbEndpoint();
        String description = "DynamoDB at " + endpoint;
        if (endpoint == null || endpoint.isBlank()) {
            // the engine listens where the API does: --host 0.0.0.0 also lets `sam local invoke` containers reach it
            engine = DynamoDbEngine.start(options.host(), options.dynamoDbPort(), options.dataDir());
            endpoint = engine.endpoint().toString();
            description = engine.description();
        }
        try (Storage storage = new Storage(endpoint, options.region(), options.table())) {
            storage.ensureTable();
            DevTenant.DEFAULT.provision(storage.provisioning(), storage.projectProvisioning(), storage.oAuthTokens());
        }
        // Every function handler started in this JVM reads these, as a deployed one reads its environment.
        System.setProperty("telephony.dynamodb.endpoint", endpoint);
        System.setProperty("telephony.dynamodb.table", options.table());
        System.setProperty("telephony.dynamodb.region", options.region());
        System.setProperty("telephony.limits.enabled", "true");
        (options.bitrixLimits() ? BITRIX_LIMITS : LOCAL_LIMITS).forEach(System::setProperty);

        LocalTls tls = options.https() ? LocalTls.ensure(options.effectiveTlsDir()) : null;
        Path template = options.template() != null ? options.template() : findTemplate();
        LocalApiServer server = new LocalApiServer(SamTemplate.load(template), options.host(), options.port(),
                tls == null ? null : tls.sslContext());
        server.start();
        return new LocalApi(options, engine, server, endpoint, description, tls);
    }

    public String baseUrl() {
        return (tls == null ? "http" : "https") + "://127.0.0.1:" + server.port();
    }

    /** The certificate clients must trust with {@code --https} (PEM), or {@code null} for plain HTTP. */
    public Path certificate() {
        return tls == null ? null : tls.certificate();
    }

    public String clientSecret() {
        return DevTenant.CLIENT_SECRET;
    }

    public String clientId() {
        return DevTenant.DEFAULT.clientId();
    }

    /**
     * Issues a fresh access token and refresh token for a new application of the development portal (its client
     * secret returned too), so tests can spend refresh tokens without touching the development ones.
     */
    public String[] newApplicationTokens(String clientId) {
        try (Storage storage = new Storage(dynamoDbEndpoint, options.region(), options.table())) {
            String access = com.telephony.domain.tenancy.Secrets.randomHex(32);
            var token = DevTenant.DEFAULT.addApplication(storage.provisioning(), clientId, "App " + clientId, access);
            String secret = storage.oAuthTokens().createClientSecret(DevTenant.DEFAULT.portalId(), clientId);
            String refresh = storage.oAuthTokens().issueRefreshToken(token);
            return new String[]{access, refresh, secret};
        }
    }

    public int port() {
        return server.port();
    }

    public String webhookUrl() {
        return DevTenant.DEFAULT.webhookUrl(baseUrl());
    }

    public String appToken() {
        return DevTenant.DEFAULT.appToken();
    }

    /**
     * Registers one more application in the development portal, with a chosen access token valid as long as the
     * development one. The benchmark gives its {@code externalLine.add} runs an application of their own, so the
     * thousands of lines they add do not swell the list that {@code externalLine.get} reads.
     */
    public void addDevApplication(String clientId, String appToken) {
        try (Storage storage = new Storage(dynamoDbEndpoint, options.region(), options.table())) {
            DevTenant.DEFAULT.addApplication(storage.provisioning(), clientId, "Local app " + clientId, appToken);
        }
    }

    public String signalWireProjectId() {
        return DevTenant.DEFAULT.signalWireProjectId();
    }

    public String signalWireToken() {
        return DevTenant.DEFAULT.signalWireToken();
    }

    /** The SIP endpoints collection URL: {@code …/api/fabric/resources/sip_endpoints}. */
    public String sipEndpointsUrl() {
        return DevTenant.DEFAULT.sipEndpointsUrl(baseUrl());
    }

    public String table() {
        return options.table();
    }

    public String dynamoDbEndpoint() {
        return dynamoDbEndpoint;
    }

    public List<String> functionNames() {
        return server.functionNames();
    }

    @Override
    public void close() {
        server.close();
        if (engine != null) {
            engine.close();
        }
    }

    /** The template another API started the same way should serve. */
    static Path findTemplateFrom(LocalApi api) {
        return api.options.template() != null ? api.options.template() : findTemplate();
    }

    /** {@code infra/template.yaml} from the working directory or any parent of it. */
    static Path findTemplate() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("infra/template.yaml");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("infra/template.yaml not found from " + Path.of("").toAbsolutePath()
                + "; run from the repository or pass --template");
    }

    public static void main(String[] args) throws Exception {
        if (PostgresLocalApi.requested(args)) {
            PostgresLocalApi.main(args);
            return;
        }
        Options options = parse(args);
        LocalApi api = start(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            api.close();
            stopped.countDown();
        }, "local-api-shutdown"));
        System.out.println();
        System.out.println("Local API listening on " + api.baseUrl());
        System.out.println("  storage:   " + api.engineDescription + ", table " + options.table()
                + (options.dataDir() == null ? " (in memory: gone when this stops)" : " (data in " + options.dataDir() + ")"));
        System.out.println("  functions: " + String.join(", ", api.functionNames()));
        System.out.println();
        System.out.println("Bitrix24 webhook URL:     " + api.webhookUrl());
        System.out.println("Bitrix24 OAuth endpoint:  " + api.baseUrl() + "/rest/  with auth=" + api.appToken()
                + "  (application " + DevTenant.DEFAULT.clientId() + ", valid " + DevTenant.TOKEN_LIFETIME.toHours() + " h)");
        System.out.println("OAuth token refresh:      " + api.baseUrl() + "/oauth/token/  client_id=" + api.clientId()
                + " client_secret=" + DevTenant.CLIENT_SECRET + " refresh_token=" + DevTenant.REFRESH_TOKEN
                + "  (single use; renewed at every start)");
        System.out.println("REST limits:              " + (options.bitrixLimits()
                ? "Bitrix24's (50 requests burst, 2 per second; 480 s operating per method in 10 min)"
                : "generous local ones (--bitrix-limits for Bitrix24's)"));
        if (api.certificate() != null) {
            System.out.println("TLS certificate:          " + api.certificate()
                    + "  (self-signed; e.g. NODE_EXTRA_CA_CERTS=" + api.certificate() + " or curl --cacert)");
        }
        System.out.println();
        System.out.println("SignalWire project:       " + api.signalWireProjectId() + "  API token " + api.signalWireToken()
                + "  (HTTP Basic project:token)");
        System.out.println("SignalWire SIP endpoints: " + api.sipEndpointsUrl());
        System.out.println();
        System.out.println("Try:  curl -s -X POST -H 'Content-Type: application/json' -d '{\"TYPE\":\"cloud\",\"TITLE\":\"SIP line 1\","
                + "\"SERVER\":\"sip.provider.com\",\"LOGIN\":\"sip_user\",\"PASSWORD\":\"secret\"}' " + api.webhookUrl() + "voximplant.sip.add");
        System.out.println("      curl -s -u " + api.signalWireProjectId() + ":" + api.signalWireToken()
                + " -H 'Content-Type: application/json' -d '{\"username\":\"alice\",\"password\":\"secret\"}' "
                + api.sipEndpointsUrl());
        System.out.println("Stop with Ctrl+C.");
        stopped.await();
    }

    static Options parse(String[] args) {
        Options o = Options.defaults();
        String host = o.host();
        int port = o.port();
        Path template = o.template();
        Path dataDir = o.dataDir();
        String endpoint = o.dynamoDbEndpoint();
        int dynamoDbPort = o.dynamoDbPort();
        String table = o.table();
        String region = o.region();
        boolean https = false;
        boolean bitrixLimits = false;
        Path tlsDir = null;
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            String flag = rest.remove(0);
            if (flag.equals("--help") || flag.equals("-h")) {
                System.out.println("usage: local-api [--port 3000] [--host 127.0.0.1] [--data-dir DIR] "
                        + "[--dynamodb-endpoint URL] [--dynamodb-port 8000] [--table telephony-local] "
                        + "[--region us-east-1] [--template infra/template.yaml] [--https [--tls-dir .local-api/tls]] "
                        + "[--bitrix-limits]");
                System.out.println("       local-api --store postgresql --help   (the PostgreSQL store)");
                System.exit(0);
            }
            if (flag.equals("--https")) {
                https = true;
                continue;
            }
            if (flag.equals("--bitrix-limits")) {
                bitrixLimits = true;
                continue;
            }
            if (rest.isEmpty()) {
                throw new IllegalArgumentException(flag + " needs a value (see --help)");
            }
            String value = rest.remove(0);
            switch (flag) {
                case "--host" -> host = value;
                case "--port" -> port = Integer.parseInt(value);
                case "--template" -> template = Path.of(value);
                case "--data-dir" -> dataDir = Path.of(value).toAbsolutePath();
                case "--dynamodb-endpoint" -> endpoint = value;
                case "--dynamodb-port" -> dynamoDbPort = Integer.parseInt(value);
                case "--table" -> table = value;
                case "--region" -> region = value;
                case "--tls-dir" -> tlsDir = Path.of(value).toAbsolutePath();
                case "--store" -> {
                    if (!value.equalsIgnoreCase("dynamodb")) {
                        throw new IllegalArgumentException("unknown store " + value + " (dynamodb or postgresql)");
                    }
                }
                default -> throw new IllegalArgumentException("unknown option " + flag + " (see --help)");
            }
        }
        return new Options(host, port, template, dataDir, endpoint, dynamoDbPort, table, region, https, tlsDir,
                bitrixLimits);
    }
}
