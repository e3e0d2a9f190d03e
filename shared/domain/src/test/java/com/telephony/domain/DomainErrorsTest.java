package com.telephony.domain;

import com.telephony.domain.extline.ExternalLineError;
import com.telephony.domain.fabric.SipEndpointError;
import com.telephony.domain.limits.RequestLimitError;
import com.telephony.domain.sip.SipLineError;
import com.telephony.domain.tenancy.AuthenticationFailed;
import com.telephony.domain.tenancy.OAuthError;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every domain error belongs to an area whose mapping the compiler checks: a sealed area base with one handler
 * method per error, or {@link AuthenticationFailed} with its enum of reasons. An error outside them would compile
 * without any edge mapping it, and answer 500.
 */
class DomainErrorsTest {
    private static final Set<Class<?>> AREAS = Set.of(SipLineError.class, ExternalLineError.class, SipEndpointError.class,
            StorageError.class, RequestLimitError.class, OAuthError.class);

    @Test
    void everyDomainErrorIsInACheckedArea() throws Exception {
        List<Class<?>> errors = domainClasses().stream()
                .filter(DomainException.class::isAssignableFrom)
                .filter(type -> type != DomainException.class && !AREAS.contains(type))
                .toList();
        assertTrue(errors.size() >= 12, "found the errors: " + errors);
        List<String> outside = new ArrayList<>();
        for (Class<?> error : errors) {
            boolean inArea = AREAS.contains(error.getSuperclass()) || error == AuthenticationFailed.class;
            if (!inArea || !Modifier.isFinal(error.getModifiers())) {
                outside.add(error.getName());
            }
        }
        assertEquals(List.of(), outside, "each error extends a sealed area base (and is final)");
        for (Class<?> area : AREAS) {
            assertTrue(area.isSealed(), area.getName());
            assertEquals(DomainException.class, area.getSuperclass());
        }
    }

    private static List<Class<?>> domainClasses() throws IOException, ClassNotFoundException {
        Path root = Path.of(DomainException.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                classes.add(Class.forName(name, false, DomainErrorsTest.class.getClassLoader()));
            }
        }
        return classes;
    }
}
