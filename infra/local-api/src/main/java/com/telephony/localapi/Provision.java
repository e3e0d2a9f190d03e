package com.telephony.localapi;

import com.telephony.domain.fabric.Project;
import com.telephony.domain.fabric.ProjectProvisioning;
import com.telephony.domain.tenancy.Application;
import com.telephony.domain.tenancy.Portal;
import com.telephony.domain.tenancy.Provisioning;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The provisioning CLI: Bitrix24 portals, users, webhooks, applications and access tokens, and SignalWire projects
 * and API tokens, written to the same table the functions use. Secrets are printed once and stored only as hashes.
 *
 * <pre>
 * provision portal  --domain acme.bitrix24.com [--zone Europe/Berlin]
 * provision user    --portal ID --id 1 --name Alice [--admin] [--modify-lines]
 * provision webhook --portal ID --user 1 [--scopes telephony] [--base-url URL]
 * provision app     --portal ID --name "My app" [--scopes telephony]
 * provision token   --portal ID --app CLIENT_ID --user 1 [--hours 1]   (prints the access token, then the refresh token)
 * provision project --name "My project" [--id UUID]
 * provision project-token --project UUID
 * common: [--endpoint http://127.0.0.1:8000 | --aws] [--table telephony-local] [--region us-east-1]
 *     or, for the PostgreSQL store: --jdbc-url jdbc:postgresql://host/db [--db-user U] [--db-password P]
 * </pre>
 */
public final class Provision {
    private Provision() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            usage();
            return;
        }
        try {
            run(args[0], options(Arrays.copyOfRange(args, 1, args.length)));
        } catch (IllegalArgumentException e) {
            System.err.println("provision: " + e.getMessage());
            System.exit(2);
        }
    }

    static void run(String command, Map<String, String> o) {
        String endpoint = o.containsKey("aws") ? null : o.getOrDefault("endpoint",
                System.getenv().getOrDefault("TELEPHONY_DYNAMODB_ENDPOINT", "http://127.0.0.1:8000"));
        String table = o.getOrDefault("table", System.getenv().getOrDefault("TELEPHONY_DYNAMODB_TABLE", "telephony-local"));
        try (ProvisioningTarget storage = o.containsKey("jdbc-url") ? PostgresProvisioningTarget.open(o)
                : new Storage(endpoint, o.getOrDefault("region", "us-east-1"), table)) {
            Provisioning provisioning = storage.provisioning();
            switch (command) {
                case "portal" -> {
                    Portal portal = provisioning.createPortal(required(o, "domain"), ZoneId.of(o.getOrDefault("zone", "UTC")));
                    System.out.println("portal " + portal.id() + " (" + portal.domain() + ")");
                }
                case "user" -> {
                    provisioning.addUser(required(o, "portal"), Long.parseLong(required(o, "id")), o.getOrDefault("name", "User"),
                            o.containsKey("admin"), o.containsKey("modify-lines"));
                    System.out.println("user " + o.get("id") + " in portal " + o.get("portal"));
                }
                case "webhook" -> {
                    long user = Long.parseLong(required(o, "user"));
                    String code = provisioning.createWebhook(required(o, "portal"), user, scopes(o)).code();
                    System.out.println(o.getOrDefault("base-url", "http://127.0.0.1:3000") + "/rest/" + user + "/" + code + "/");
                }
                case "app" -> {
                    Application app = provisioning.registerApplication(required(o, "portal"), required(o, "name"), scopes(o));
                    String secret = storage.oAuthTokens().createClientSecret(app.portalId(), app.clientId());
                    System.out.println("application " + app.clientId());
                    System.out.println("client_secret " + secret);
                }
                case "token" -> {
                    Duration lifetime = Duration.ofHours(Long.parseLong(o.getOrDefault("hours", "1")));
                    Provisioning.IssuedToken token = provisioning.issueAccessToken(required(o, "portal"),
                            required(o, "app"), Long.parseLong(required(o, "user")), lifetime);
                    String refresh = storage.oAuthTokens().issueRefreshToken(token.token());
                    System.out.println(token.plaintext());
                    System.out.println("refresh_token " + refresh);
                }
                case "project" -> {
                    ProjectProvisioning projects = storage.projectProvisioning();
                    Project project = o.containsKey("id")
                            ? projects.createProject(o.get("id"), required(o, "name"))
                            : projects.createProject(required(o, "name"));
                    System.out.println("project " + project.id() + " (" + project.name() + ")");
                }
                case "project-token" -> System.out.println(
                        storage.projectProvisioning().issueToken(required(o, "project")).plaintext());
                default -> throw new IllegalArgumentException("unknown command " + command + " (see --help)");
            }
        }
    }

    private static Set<String> scopes(Map<String, String> o) {
        return new LinkedHashSet<>(Arrays.asList(o.getOrDefault("scopes", "telephony").split(",")));
    }

    private static String required(Map<String, String> o, String name) {
        String value = o.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    private static final Set<String> SWITCHES = Set.of("admin", "modify-lines", "aws");

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected " + args[i]);
            }
            String name = args[i].substring(2);
            if (SWITCHES.contains(name)) {
                options.put(name, "true");
            } else if (i + 1 < args.length) {
                options.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException(args[i] + " needs a value");
            }
        }
        return options;
    }

    private static void usage() {
        System.out.println("""
                usage: provision COMMAND [options]
                  portal  --domain acme.bitrix24.com [--zone Europe/Berlin]      create a portal, print its id
                  user    --portal ID --id 1 --name Alice [--admin] [--modify-lines]
                  webhook --portal ID --user 1 [--scopes telephony] [--base-url URL]   print the webhook URL
                  app     --portal ID --name "My app" [--scopes telephony]          print the client id and secret
                  token   --portal ID --app CLIENT_ID --user 1 [--hours 1]          print an access and a refresh token
                  project --name "My project" [--id UUID]                           create a SignalWire project, print its id
                  project-token --project UUID                                      print a new SignalWire API token
                common: [--endpoint http://127.0.0.1:8000 | --aws] [--table telephony-local] [--region us-east-1]
                    or, on PostgreSQL: --jdbc-url jdbc:postgresql://host:5432/db [--db-user U] [--db-password P]
                (defaults reach the local API's embedded DynamoDB; env TELEPHONY_DYNAMODB_ENDPOINT/TABLE override)""");
    }
}
