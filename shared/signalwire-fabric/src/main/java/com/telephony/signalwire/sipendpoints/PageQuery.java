package com.telephony.signalwire.sipendpoints;

import com.telephony.domain.fabric.PageRequest;
import com.telephony.signalwire.FabricError;
import com.telephony.signalwire.ValidationError;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The list's query parameters (docs/signalwire/sip-endpoints.md, "Paging"): {@code page_size} 1–1000 (default 50), {@code page_number} from 0 (default 0,
 * only echoed in links: the token says where a page starts), {@code page_token} required beyond page 0.
 * Other parameters, {@code type} included, are ignored. Every problem is reported in one 422.
 */
record PageQuery(int number, int size, Optional<String> token, PageRequest request) {
    static final int DEFAULT_SIZE = 50;
    /** Far beyond any real page count; keeps {@code number + 1} in a link from overflowing. */
    private static final int MAX_NUMBER = 1_000_000_000;

    static PageQuery read(Map<String, String> query) {
        List<ValidationError> errors = new ArrayList<>();
        int size = DEFAULT_SIZE;
        if (query.containsKey("page_size")) {
            size = integer(query.get("page_size"), 1, PageRequest.MAX_SIZE);
            if (size < 0) {
                errors.add(FabricError.invalidParameter("page_size",
                        "page_size must be an integer between 1 and " + PageRequest.MAX_SIZE));
            }
        }
        int number = 0;
        if (query.containsKey("page_number")) {
            number = integer(query.get("page_number"), 0, MAX_NUMBER);
            if (number < 0) {
                errors.add(FabricError.invalidParameter("page_number",
                        "page_number must be an integer greater than or equal to 0"));
            }
        }
        Optional<String> token = Optional.ofNullable(query.get("page_token")).filter(value -> !value.isEmpty());
        Optional<PageRequest.Cursor> cursor = Optional.empty();
        if (token.isPresent()) {
            cursor = PageToken.parse(token.get());
            if (cursor.isEmpty()) {
                errors.add(FabricError.pageTokenInvalid());
            }
        } else if (number > 0) {
            errors.add(FabricError.pageTokenRequired());
        }
        if (!errors.isEmpty()) {
            throw FabricError.validation(errors);
        }
        return new PageQuery(number, size, token, new PageRequest(size, cursor));
    }

    /** Plain decimal digits within bounds, else -1. */
    private static int integer(String text, int min, int max) {
        if (text.isEmpty() || text.length() > 10 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        long value = Long.parseLong(text);
        return value < min || value > max ? -1 : (int) value;
    }
}
