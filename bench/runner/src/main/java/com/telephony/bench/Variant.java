package com.telephony.bench;

import java.nio.file.Path;
import java.util.Map;

/**
 * One thing the benchmark starts cold: a function of the template, the hand-written reference, sip-add wired by
 * hand (no Micronaut context), or the stock api-proxy variant. Each is a handler class in its own artifact, driven
 * by an event file and its scenario, with the environment Lambda would give it.
 */
record Variant(String name, Kind kind, Path artifact, String handlerClass, EventFile event, Scenario scenario,
               Map<String, String> environment) {
    enum Kind {
        /** A function of infra/template.yaml, measured against the criteria. */
        FUNCTION,
        /** The hand-written sip.add every ratio is taken against. */
        REFERENCE,
        /**
         * Reported, not judged: sip.add on the stock micronaut-function-aws-api-proxy handler (docs/decisions.md),
         * sip-add's code wired by hand without its ApplicationContext (bench/hand-wired), and
         * any {@code --also} artifact (an earlier build of a function, for before/after numbers from the same run).
         */
        COMPARISON
    }

    Variant {
        environment = Map.copyOf(environment);
    }

    /** The same function from another artifact, e.g. the build before an optimization. */
    Variant withArtifact(String newName, Path otherArtifact) {
        return new Variant(newName, Kind.COMPARISON, otherArtifact, handlerClass, event, scenario, environment);
    }
}
