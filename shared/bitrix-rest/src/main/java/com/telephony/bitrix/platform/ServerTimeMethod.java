package com.telephony.bitrix.platform;

import com.telephony.bitrix.BitrixMethod;
import com.telephony.bitrix.MethodResult;
import com.telephony.bitrix.MethodSpec;
import com.telephony.bitrix.PhpDates;
import com.telephony.bitrix.params.Params;
import com.telephony.domain.tenancy.Caller;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Optional;

/** {@code server.time}: the server's time as a string, ISO 8601 with the portal's offset (PHP {@code date('c')}). */
@Singleton
public final class ServerTimeMethod implements BitrixMethod {
    private static final MethodSpec SPEC = MethodSpec.anyCaller("server.time");

    private final Clock clock;

    public ServerTimeMethod(Clock clock) {
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
        return MethodResult.of(JsonNode.createStringNode(
                PhpDates.ISO_8601.format(clock.instant().atZone(caller.portal().zone()))));
    }
}
