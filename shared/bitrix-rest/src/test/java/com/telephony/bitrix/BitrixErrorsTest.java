package com.telephony.bitrix;

import com.telephony.domain.DomainException;
import com.telephony.domain.extline.ExternalLineError;
import com.telephony.domain.extline.ExternalLineExists;
import com.telephony.domain.extline.ExternalLineNotFound;
import com.telephony.domain.extline.ExternalLineNumberEmpty;
import com.telephony.domain.extline.ExternalLineTooLong;
import com.telephony.domain.extline.NoExternalLineChanges;
import com.telephony.domain.limits.OperationTimeLimitExceeded;
import com.telephony.domain.limits.QueryLimitExceeded;
import com.telephony.domain.limits.RequestLimitError;
import com.telephony.domain.sip.CloudLineLimitReached;
import com.telephony.domain.sip.InvalidSipLineFields;
import com.telephony.domain.sip.RegistrationNotFound;
import com.telephony.domain.sip.SipLineError;
import com.telephony.domain.sip.SipLineNotFound;
import com.telephony.domain.sip.SipLineProblem;
import com.telephony.domain.sip.SipLineTitleTaken;
import com.telephony.domain.tenancy.AuthenticationFailed;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every domain error of the areas this edge serves has a Bitrix24 answer other than 500. The compiler already
 * requires a mapping method per error; this test also catches an error that reaches the edge without one (a new
 * area, or an error left out of the dispatch), because it walks the sealed hierarchies themselves.
 */
class BitrixErrorsTest {
    /** One example of each error; an error added to an area without an example here fails the test. */
    private static final Map<Class<?>, DomainException> EXAMPLES = Map.ofEntries(
            Map.entry(InvalidSipLineFields.class, new InvalidSipLineFields(List.of(SipLineProblem.values()))),
            Map.entry(CloudLineLimitReached.class, new CloudLineLimitReached(7)),
            Map.entry(SipLineTitleTaken.class, new SipLineTitleTaken()),
            Map.entry(SipLineNotFound.class, new SipLineNotFound()),
            Map.entry(RegistrationNotFound.class, new RegistrationNotFound()),
            Map.entry(ExternalLineNumberEmpty.class, new ExternalLineNumberEmpty()),
            Map.entry(ExternalLineExists.class, new ExternalLineExists()),
            Map.entry(ExternalLineNotFound.class, new ExternalLineNotFound("555")),
            Map.entry(NoExternalLineChanges.class, new NoExternalLineChanges()),
            Map.entry(ExternalLineTooLong.class, new ExternalLineTooLong(ExternalLineTooLong.Field.NAME, 255)),
            Map.entry(QueryLimitExceeded.class, new QueryLimitExceeded()),
            Map.entry(OperationTimeLimitExceeded.class, new OperationTimeLimitExceeded("server.time")));

    @Test
    void everyErrorOfEveryServedAreaHasAnAnswerOtherThan500() {
        List<DomainException> errors = new ArrayList<>();
        for (Class<?> area : List.of(SipLineError.class, ExternalLineError.class, RequestLimitError.class)) {
            assertTrue(area.isSealed(), area + " is sealed");
            for (Class<?> error : area.getPermittedSubclasses()) {
                DomainException example = EXAMPLES.get(error);
                if (example == null) {
                    fail(error.getSimpleName() + " has no example here, so nobody checked its Bitrix24 answer");
                }
                errors.add(example);
            }
        }
        Arrays.stream(AuthenticationFailed.Reason.values()).map(AuthenticationFailed::new).forEach(errors::add);
        for (DomainException error : errors) {
            Optional<BitrixError> mapped = BitrixErrors.map(error, null);
            assertTrue(mapped.isPresent(), error.getClass().getSimpleName() + " is not mapped");
            assertNotEquals(500, mapped.get().status(), error.getClass().getSimpleName());
            assertNotNull(mapped.get().code());
        }
    }

    @Test
    void anErrorOfAnotherAreaIsNotMappedHere() {
        assertEquals(Optional.empty(), BitrixErrors.map(new DomainException("another area") {
        }, null));
    }

    @Test
    void fieldTextsCarryTheDomainsLimitsAndAreJoinedInOrder() {
        BitrixError error = BitrixErrors.map(new InvalidSipLineFields(List.of(SipLineProblem.SERVER_MISSING,
                SipLineProblem.TITLE_TOO_LONG)), null).orElseThrow();
        assertEquals("CHECK_FIELDS_ERROR", error.code());
        assertEquals("Server address not specified<br> Connection name cannot exceed 255 characters", error.description());
        assertEquals("You cannot connect more than 7 virtual PBXs.",
                BitrixErrors.map(new CloudLineLimitReached(7), null).orElseThrow().description());
    }

    @Test
    void theLimitsAnswerAsBitrix24() {
        BitrixError query = BitrixErrors.map(new QueryLimitExceeded(), null).orElseThrow();
        assertEquals(503, query.status());
        assertEquals("QUERY_LIMIT_EXCEEDED", query.code());
        BitrixError operating = BitrixErrors.map(new OperationTimeLimitExceeded("server.time"), null).orElseThrow();
        assertEquals(429, operating.status());
        assertEquals("OPERATION_TIME_LIMIT", operating.code());
    }

    @Test
    void aMethodMayOverrideOnlyTheStatus() {
        MethodSpec spec = MethodSpec.lineManagers("voximplant.sip.update").withStatus(SipLineNotFound.class, 404);
        BitrixError error = BitrixErrors.map(new SipLineNotFound(), spec).orElseThrow();
        assertEquals(404, error.status());
        assertEquals("ERROR_NOT_FOUND", error.code());
        assertEquals(400, BitrixErrors.map(new SipLineTitleTaken(), spec).orElseThrow().status());
    }
}
