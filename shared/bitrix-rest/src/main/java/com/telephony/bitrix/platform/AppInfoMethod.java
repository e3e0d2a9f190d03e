package com.telephony.bitrix.platform;

import com.telephony.bitrix.BitrixMethod;
import com.telephony.bitrix.MethodResult;
import com.telephony.bitrix.MethodSpec;
import com.telephony.bitrix.params.Params;
import com.telephony.domain.tenancy.Caller;
import com.telephony.domain.tenancy.Secrets;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@code app.info} (docs/platform-methods.md). In application context, the application as Bitrix24 describes a local
 * application: {@code ID} (string), {@code CODE} (the client id), {@code VERSION} 1, {@code STATUS} "L",
 * {@code INSTALLED} true (JSON boolean), {@code PAYMENT_EXPIRED} "N", {@code DAYS} null, {@code LICENSE} (string).
 * Through a webhook, which has no application, Bitrix24 answers the credential's {@code SCOPE} and the
 * {@code LICENSE}; so do we.
 */
@Singleton
public final class AppInfoMethod implements BitrixMethod {
    private static final MethodSpec SPEC = MethodSpec.anyCaller("app.info");
    /** The portal's licence as Bitrix24 names it; ours are all "project" (paid cloud) portals. */
    static final String LICENSE = "en_project";

    @Override
    public MethodSpec spec() {
        return SPEC;
    }

    @Override
    public MethodResult invoke(Caller caller, Params params) {
        Map<String, JsonNode> info = new LinkedHashMap<>();
        if (!caller.inApplicationContext()) {
            info.put("SCOPE", JsonNode.createArrayNode(new TreeSet<>(caller.scopes()).stream()
                    .map(JsonNode::createStringNode).map(JsonNode.class::cast).toList()));
            info.put("LICENSE", JsonNode.createStringNode(LICENSE));
            return MethodResult.of(JsonNode.createObjectNode(info));
        }
        info.put("ID", JsonNode.createStringNode(Long.toString(localId(caller.applicationId()))));
        info.put("CODE", JsonNode.createStringNode(caller.applicationId()));
        info.put("VERSION", JsonNode.createNumberNode(1));
        info.put("STATUS", JsonNode.createStringNode("L"));
        info.put("INSTALLED", JsonNode.createBooleanNode(true));
        info.put("PAYMENT_EXPIRED", JsonNode.createStringNode("N"));
        info.put("DAYS", JsonNode.nullNode());
        info.put("LICENSE", JsonNode.createStringNode(LICENSE));
        return MethodResult.of(JsonNode.createObjectNode(info));
    }

    /** A stable positive number for the application (Bitrix24's local row id), derived from its client id. */
    static long localId(String clientId) {
        return Long.parseLong(Secrets.sha256(clientId).substring(0, 7), 16) + 1;
    }
}
