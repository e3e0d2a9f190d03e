package com.telephony.bitrix.batch;

import com.telephony.bitrix.params.PhpQueryString;

import java.util.Map;

/**
 * One {@code cmd} entry: {@code method?query}. The query is read with PHP's {@code parse_str} rules, which also
 * undoes the second encoding CRest adds ({@code cmd[key]} values are encoded once more inside the outer form).
 *
 * @param key    the entry's key in {@code cmd} ("0", "1"... for a list)
 * @param method the method name as written
 * @param query  the raw query after {@code ?} (may be empty)
 */
record BatchCommand(String key, String method, String query) {
    static BatchCommand parse(String key, String command) {
        int question = command.indexOf('?');
        String method = (question < 0 ? command : command.substring(0, question)).trim();
        String query = question < 0 ? "" : command.substring(question + 1);
        return new BatchCommand(key, method, query);
    }

    Map<String, Object> params() {
        return PhpQueryString.parse(query);
    }
}
