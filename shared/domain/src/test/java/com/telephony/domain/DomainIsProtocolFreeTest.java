package com.telephony.domain;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The domain holds no protocol: no Bitrix24 or SignalWire message text, field name, error code or enum spelling,
 * and no PHP or MySQL emulation (docs/architecture.md, "Protocol verticals"). Read from the sources, code only
 * (comments may name the protocols they explain): a rule breaks when a domain string literal looks like a wire
 * name, or is also written in either protocol module, or when the code names an emulation.
 */
class DomainIsProtocolFreeTest {
    private static final Path DOMAIN = Path.of("src/main/java");
    private static final List<Path> PROTOCOLS = List.of(Path.of("../bitrix-rest/src/main/java"),
            Path.of("../signalwire-fabric/src/main/java"));

    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    /** Bitrix24 field names and error codes: CONFIG_ID, ERROR_CORE, TITLE. */
    private static final Pattern UPPER_WIRE_NAME = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
    /** SignalWire field names and enum spellings: caller_id, block-pstn, in_progress. */
    private static final Pattern LOWER_WIRE_NAME = Pattern.compile("[a-z][a-z0-9]*([_-][a-z0-9]+)+");
    private static final Pattern EMULATION = Pattern.compile("(?i)\\b\\w*(intval|collation|mysql|php|logicsearch)\\w*\\b");
    /** Product and host names of the imitated services. */
    private static final Pattern PRODUCT = Pattern.compile("(?i).*(bitrix|voximplant|signalwire).*");
    /**
     * The one allowed: SignalWire-style API tokens start with "PT", and provisioning issues them. Not a wire name a
     * client reads, and nothing parses it.
     */
    private static final Set<String> ALLOWED = Set.of("PT");

    @Test
    void noDomainLiteralLooksLikeAWireName() {
        Map<String, String> found = new TreeMap<>();
        literals(DOMAIN).forEach((literal, file) -> {
            if (literal.length() > 1 && !ALLOWED.contains(literal) && (UPPER_WIRE_NAME.matcher(literal).matches()
                    || LOWER_WIRE_NAME.matcher(literal).matches() || PRODUCT.matcher(literal).matches())) {
                found.put(literal, file);
            }
        });
        assertEquals(Map.of(), found, "wire names belong in bitrix-rest or signalwire-fabric");
    }

    @Test
    void noDomainLiteralIsAlsoWrittenByAProtocolModule() {
        Set<String> protocolTexts = new TreeSet<>();
        PROTOCOLS.forEach(root -> protocolTexts.addAll(literals(root).keySet()));
        assertTrue(protocolTexts.size() > 100, "the protocol modules were read: " + protocolTexts.size());
        Map<String, String> shared = new TreeMap<>();
        literals(DOMAIN).forEach((literal, file) -> {
            if (isText(literal) && protocolTexts.contains(literal)) {
                shared.put(literal, file);
            }
        });
        assertEquals(Map.of(), shared, "a text both a protocol and the domain write is protocol text");
    }

    /** A message or a name, not a separator or a toString fragment such as {@code ", password="}. */
    private static boolean isText(String literal) {
        return literal.trim().length() >= 12 && literal.chars().anyMatch(Character::isLetter) && !literal.contains("=");
    }

    @Test
    void noDomainCodeNamesAnEmulation() {
        List<String> found = new ArrayList<>();
        sources(DOMAIN).forEach(file -> {
            Matcher matcher = EMULATION.matcher(code(file));
            while (matcher.find()) {
                found.add(DOMAIN.relativize(file) + ": " + matcher.group());
            }
        });
        assertEquals(List.of(), found, "PHP and MySQL emulation belongs in bitrix-rest");
    }

    @Test
    void theRulesCatchWhatTheyAreFor() {
        assertTrue(UPPER_WIRE_NAME.matcher("CONFIG_ID").matches());
        assertTrue(LOWER_WIRE_NAME.matcher("caller_id").matches());
        assertTrue(LOWER_WIRE_NAME.matcher("block-pstn").matches());
        assertTrue(EMULATION.matcher("long n = Php.intval(text);").find());
        assertTrue(PRODUCT.matcher(".bitrixphone.com").matches());
        assertTrue(isText("Server address not specified"));
        assertEquals(Map.of("Unknown PBX type", "x"), literalsOf("x", "String s = \"Unknown PBX type\"; // \"ERROR_CORE\""));
    }

    private static Stream<Path> sources(Path root) {
        try {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(path -> path.toString().endsWith(".java")).toList();
            }
            return files.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every string literal of the code under {@code root}, with a file that writes it. */
    private static Map<String, String> literals(Path root) {
        Map<String, String> literals = new TreeMap<>();
        sources(root).forEach(file -> literals.putAll(literalsOf(root.relativize(file).toString(), code(file))));
        return literals;
    }

    private static Map<String, String> literalsOf(String file, String code) {
        Map<String, String> literals = new TreeMap<>();
        Matcher matcher = LITERAL.matcher(COMMENT.matcher(code).replaceAll(" "));
        while (matcher.find()) {
            literals.put(matcher.group(1), file);
        }
        return literals;
    }

    private static String code(Path file) {
        try {
            return COMMENT.matcher(Files.readString(file)).replaceAll(" ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
