package com.telephony.testsupport;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.telephony.bitrix.BitrixWiring;
import com.telephony.domain.fabric.ProjectProvisioning;
import com.telephony.domain.sip.SipLine;
import com.telephony.domain.sip.SipLineDraft;
import com.telephony.domain.sip.SipLineService;
import com.telephony.domain.tenancy.Application;
import com.telephony.domain.tenancy.AuthType;
import com.telephony.domain.tenancy.Caller;
import com.telephony.domain.tenancy.Portal;
import com.telephony.domain.tenancy.PortalUser;
import com.telephony.domain.tenancy.Provisioning;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

/**
 * The realistic API Gateway events of {@code infra/events} (the ones {@code sam local invoke} and the local API
 * send), decoded as Lambda's Java runtime decodes them, and the development tenant their credentials belong to
 * (the local API provisions the same one: README, "Local API").
 */
public final class EventFiles {
    private static final Path EVENTS = Path.of(System.getProperty("repo.root", "../.."), "infra/events");
    public static final String PORTAL_ID = "localdev";
    public static final String WEBHOOK = "/rest/1/localdevwebhook/";
    public static final String APP_TOKEN = "localdevapptoken";
    public static final String PROJECT_ID = "1313fe58-5e14-4c11-bbe7-6fdfa11fe780";
    /** The endpoint id the item events name. */
    public static final String ENDPOINT_ID = "993ed018-9e79-4e50-b97b-984bd5534095";
    private static Portal devPortal;

    private EventFiles() {
    }

    /** The event of {@code infra/events/<name>.json}. */
    public static APIGatewayV2HTTPEvent load(String name) {
        return load(name, Map.of());
    }

    /** The same with texts replaced first, e.g. the example endpoint id by one the test created. */
    public static APIGatewayV2HTTPEvent load(String name, Map<String, String> replacements) {
        try {
            String text = Files.readString(EVENTS.resolve(name + ".json"));
            for (Map.Entry<String, String> replacement : replacements.entrySet()) {
                text = text.replace(replacement.getKey(), replacement.getValue());
            }
            return LambdaEventSerializers.serializerFor(APIGatewayV2HTTPEvent.class, EventFiles.class.getClassLoader())
                    .fromJson(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The development portal (webhook {@code localdevwebhook} of user 1, application token {@code localdevapptoken})
     * and SignalWire project with its token, on the test table; once per test JVM.
     */
    public static synchronized void provisionDevTenant() {
        if (devPortal != null) {
            return;
        }
        TestEnvironment env = TestEnvironment.get();
        Provisioning provisioning = env.provisioning();
        Portal portal = provisioning.createPortal(PORTAL_ID, "dev.bitrix24.local", ZoneId.of("UTC"));
        provisioning.addUser(PORTAL_ID, 1, "Developer", true, true);
        provisioning.createWebhook(PORTAL_ID, 1, Set.of("telephony"), "localdevwebhook");
        Application app = provisioning.registerApplication(PORTAL_ID, "local.devapp.0001", "Local app", Set.of("telephony"));
        provisioning.issueAccessToken(PORTAL_ID, app.clientId(), 1, Duration.ofDays(1), APP_TOKEN);
        ProjectProvisioning projects = env.projects();
        projects.createProject(PROJECT_ID, "Local development project");
        projects.issueToken(PROJECT_ID, "PTlocaldevsignalwiretoken");
        devPortal = portal;
    }

    /** A SIP line of the development webhook (the sip.* event files name CONFIG_IDs 1, 2, 3). */
    public static SipLine addDevLine(String type, String title) {
        provisionDevTenant();
        PortalUser developer = new PortalUser(PORTAL_ID, 1, "Developer", true, true);
        Caller webhook = new Caller(devPortal, developer, AuthType.WEBHOOK, Caller.NO_APPLICATION, Set.of("telephony"));
        return new SipLineService(TestLines.store(), BitrixWiring::incomingServer)
                .add(webhook, new SipLineDraft(type, title, "sip.example.com", "user", "pw"));
    }
}
