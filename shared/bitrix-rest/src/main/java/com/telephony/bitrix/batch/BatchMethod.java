package com.telephony.bitrix.batch;

import com.telephony.bitrix.BitrixError;
import com.telephony.bitrix.CompositeMethod;
import com.telephony.bitrix.Envelope;
import com.telephony.bitrix.MethodResult;
import com.telephony.bitrix.MethodSpec;
import com.telephony.bitrix.SubCalls;
import com.telephony.bitrix.params.Params;
import com.telephony.domain.tenancy.Caller;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code batch} (docs/batch.md): up to 50 commands {@code method?query} in {@code cmd} (a list or a keyed object),
 * run in order for the caller, each through the same method code, authorization and limits as a direct call;
 * {@code $result[...]} references read earlier answers; {@code halt} stops at the first error. The answer keeps
 * {@code cmd}'s keys in five maps: {@code result}, {@code result_error}, {@code result_total}, {@code result_next},
 * {@code result_time}. The whole batch is one request for the rate limit; it is HTTP 200 whatever its commands do.
 */
@Singleton
public final class BatchMethod implements CompositeMethod {
    /** Bitrix24's {@code CRestProvider::MAX_BATCH_LENGTH}. */
    public static final int MAX_COMMANDS = 50;
    /** Global (no scope), any caller; {@code cmd}/{@code halt} are read in any letter case. */
    private static final MethodSpec SPEC = new MethodSpec("batch", null, MethodSpec.Access.ANY_CALLER, true, Map.of());

    @Override
    public MethodSpec spec() {
        return SPEC;
    }

    @Override
    public MethodResult invoke(Caller caller, Params params, SubCalls calls) {
        List<BatchCommand> commands = commands(params.raw("CMD"));
        if (commands.size() > MAX_COMMANDS) {
            throw BitrixError.batchTooLong();
        }
        boolean halt = truthy(params.raw("HALT"));
        Map<String, JsonNode> results = new LinkedHashMap<>();
        Map<String, JsonNode> errors = new LinkedHashMap<>();
        Map<String, JsonNode> totals = new LinkedHashMap<>();
        Map<String, JsonNode> nexts = new LinkedHashMap<>();
        Map<String, JsonNode> times = new LinkedHashMap<>();
        ResultReferences references = new ResultReferences(results, errors, totals, nexts);
        for (BatchCommand command : commands) {
            SubCalls.SubCall call = calls.call(command.method(), references.resolve(command.params()));
            if (call.failed()) {
                errors.put(command.key(), error(call.error()));
            } else {
                MethodResult result = call.result();
                results.put(command.key(), result.result());
                if (result.total() != null) {
                    totals.put(command.key(), JsonNode.createNumberNode(result.total()));
                }
                if (result.next() != null) {
                    nexts.put(command.key(), JsonNode.createNumberNode(result.next()));
                }
                times.put(command.key(), Envelope.subCallTime(caller.portal().zone(), call.start(),
                        call.methodStart(), call.finish()));
            }
            if (call.failed() && halt) {
                break;
            }
        }
        Map<String, JsonNode> answer = new LinkedHashMap<>();
        answer.put("result", PhpArrayJson.of(results));
        answer.put("result_error", PhpArrayJson.of(errors));
        answer.put("result_total", PhpArrayJson.of(totals));
        answer.put("result_next", PhpArrayJson.of(nexts));
        answer.put("result_time", PhpArrayJson.of(times));
        return MethodResult.of(JsonNode.createObjectNode(answer));
    }

    /** {@code cmd} as a list or a keyed object; entries that are not strings are skipped, as Bitrix24 does. */
    private static List<BatchCommand> commands(Object cmd) {
        List<BatchCommand> commands = new ArrayList<>();
        if (cmd instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if (value instanceof String text) {
                    commands.add(BatchCommand.parse(String.valueOf(key), text));
                }
            });
        } else if (cmd instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof String text) {
                    commands.add(BatchCommand.parse(Integer.toString(i), text));
                }
            }
        }
        return commands;
    }

    /** PHP truthiness of a request value: {@code 1}, {@code true}, {@code Y} halt; {@code 0}, empty do not. */
    private static boolean truthy(Object value) {
        if (value instanceof String text) {
            return !text.isEmpty() && !text.equals("0");
        }
        return value != null && Params.intval(value) != 0;
    }

    private static JsonNode error(BitrixError error) {
        Map<String, JsonNode> body = new LinkedHashMap<>();
        body.put("error", JsonNode.createStringNode(error.code()));
        body.put("error_description", JsonNode.createStringNode(error.description()));
        error.extra().forEach((key, value) -> body.put(key, JsonNode.createStringNode(value)));
        return JsonNode.createObjectNode(body);
    }
}
