package com.telephony.bench;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How the benchmark drives the functions whose event matches: a file in {@code bench/scenarios/}, keyed by what the
 * event does ({@code "match"}: a regular expression over {@code "METHOD rawPath"} of the function's
 * {@code infra/events/} file), not by module name, so a function merged later is covered by the scenario of its
 * method. Without a scenario a function gets its event file unchanged, every time.
 *
 * <pre>{
 *   "about":  "why this function needs more than its event file",
 *   "match":  "(?i)^POST /rest/.*&#47;voximplant\\.sip\\.delete(\\.json)?$",
 *   "body":   {"CONFIG_ID": "{line}"},                       // edits of every invocation's event (see Edits)
 *   "before": [ step, ... ],                                  // once per JVM run, before it starts
 *   "each":   [ {"from": "(?i)^POST .*voximplant\\.sip\\.add", // per invocation: a set-up request through the
 *               "body": {"TITLE": "Bench {n}"},               //   local API, made from the first event file
 *               "capture": {"line": "/result/ID"}} ]          //   matching "from", its answer's values captured
 * }</pre>
 */
record Scenario(String name, String about, Pattern match, Edits edits, List<Step> before, List<Step> each) {
    static final Scenario AS_WRITTEN = new Scenario("(event file as written)", "", Pattern.compile(".*"), Edits.NONE,
            List.of(), List.of());

    /** A set-up request: an event file chosen by {@link #from}, edited, sent through the local API. */
    record Step(Pattern from, Edits edits, Map<String, String> capture) {
        @SuppressWarnings("unchecked")
        static Step from(Map<String, Object> definition) {
            return new Step(Pattern.compile((String) definition.get("from")), Edits.from(definition),
                    Map.copyOf((Map<String, String>) definition.getOrDefault("capture", Map.of())));
        }
    }

    @SuppressWarnings("unchecked")
    static Scenario parse(String name, String json) {
        Map<String, Object> definition = JsonIo.readObject(json);
        Object match = definition.get("match");
        if (!(match instanceof String pattern)) {
            throw new IllegalArgumentException("scenario " + name + " has no \"match\"");
        }
        return new Scenario(name, (String) definition.getOrDefault("about", ""), Pattern.compile(pattern),
                Edits.from(definition),
                ((List<Map<String, Object>>) definition.getOrDefault("before", List.of())).stream().map(Step::from).toList(),
                ((List<Map<String, Object>>) definition.getOrDefault("each", List.of())).stream().map(Step::from).toList());
    }

    boolean matches(String requestLine) {
        return match.matcher(requestLine).find();
    }
}
