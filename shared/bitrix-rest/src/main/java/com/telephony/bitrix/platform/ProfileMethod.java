package com.telephony.bitrix.platform;

import com.telephony.bitrix.BitrixMethod;
import com.telephony.bitrix.MethodResult;
import com.telephony.bitrix.MethodSpec;
import com.telephony.bitrix.params.Params;
import com.telephony.domain.tenancy.Caller;
import com.telephony.domain.tenancy.PortalUser;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code profile} (docs/platform-methods.md): the calling user. Field types as Bitrix24's: {@code ID} a string,
 * {@code ADMIN} a JSON boolean, {@code TIME_ZONE_OFFSET} an integer (seconds east of UTC, the portal's zone).
 */
@Singleton
public final class ProfileMethod implements BitrixMethod {
    private static final MethodSpec SPEC = MethodSpec.anyCaller("profile");

    private final Clock clock;

    public ProfileMethod(Clock clock) {
        this.clock = clock;
    }

    @Override
    public MethodSpec spec() {
        return SPEC;
    }

    @Override
    public Optional<String> rehearsalParams(int round) {
        return Optional.of("{}");
    }

    @Override
    public MethodResult invoke(Caller caller, Params params) {
        PortalUser user = caller.user();
        String[] names = user.name() == null ? new String[]{""} : user.name().trim().split("\\s+", 2);
        Map<String, JsonNode> profile = new LinkedHashMap<>();
        profile.put("ID", JsonNode.createStringNode(Long.toString(user.id())));
        profile.put("ADMIN", JsonNode.createBooleanNode(user.admin()));
        profile.put("NAME", JsonNode.createStringNode(names[0]));
        profile.put("LAST_NAME", JsonNode.createStringNode(names.length > 1 ? names[1] : ""));
        profile.put("PERSONAL_GENDER", JsonNode.createStringNode(""));
        profile.put("TIME_ZONE", JsonNode.createStringNode(""));
        profile.put("TIME_ZONE_OFFSET", JsonNode.createNumberNode(
                caller.portal().zone().getRules().getOffset(clock.instant()).getTotalSeconds()));
        return MethodResult.of(JsonNode.createObjectNode(profile));
    }
}
