package com.telephony.bench;

import java.nio.file.Path;
import java.util.Map;

/**
 * One thing the benchmark starts cold: a function of the template, the hand-written reference, or the stock
 * api-proxy variant. Each is a handler class in its own artifact, driven by an event file and its scenario, with
 * the environment Lambda would give it.
 */
record Variant(String name, Kind kind, Path artifact, String handlerClass, EventFile event, Scenario scenario,
               Map<String, String> environment) {
    enum Kind {
        /** A function of infra/template.yaml, measured against the criteria. */
        FUNCTION,
        /** The hand-written sip.add every ratio is taken against. */
        REFERENCE,
        /** sip.add on the stock micronaut-function-aws-api-proxy handler, for docs/decisions.md. */
        STOCK
    }

    Variant {
        environment = Map.copyOf(environment);
    }
}
