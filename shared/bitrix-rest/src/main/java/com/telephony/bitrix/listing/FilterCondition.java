package com.telephony.bitrix.listing;

import com.telephony.bitrix.params.Params;
import com.telephony.domain.sip.ConfigIdRange;
import com.telephony.domain.sip.SipLine;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * One FILTER entry, {@code "[operator]FIELD": value}, as a predicate on a line.
 * <ul>
 * <li>An array value is an "in" list for {@code =}; for every other single-value operator an array matches when any
 *     element does (Bitrix24 joins them with OR). {@code ><} and {@code !><} take exactly two elements.</li>
 * <li>An empty value ({@code ""} or JSON null) with {@code =} means "has no value": null, or {@code ""} for text.</li>
 * <li>A line without a value (null) never satisfies {@code > >= < <= >< % ?}; the negated operators are exact
 *     complements, so {@code !=} and {@code !%} do select it.</li>
 * </ul>
 */
public record FilterCondition(SipLineField field, FilterOperator operator, FilterValue value, List<LogicSearch> searches) {
    public FilterCondition {
        Objects.requireNonNull(field);
        Objects.requireNonNull(operator);
        searches = List.copyOf(searches);
    }

    /**
     * Reads a FILTER key (already uppercased) and its value.
     *
     * @throws UnknownFilterOperator if the characters before the field name are not a documented operator
     * @throws UnknownSipLineField   if the field is not one sip.get knows
     * @throws InvalidFilterValue    if a between operator does not get exactly two values
     */
    public static FilterCondition parse(String key, FilterValue value) {
        int nameStart = 0;
        while (nameStart < key.length() && !isNameCharacter(key.charAt(nameStart))) {
            nameStart++;
        }
        String prefix = key.substring(0, nameStart);
        FilterOperator operator = FilterOperator.ofPrefix(prefix).orElseThrow(() -> new UnknownFilterOperator(prefix, key));
        String name = key.substring(nameStart);
        SipLineField field = SipLineField.named(name).orElseThrow(() -> new UnknownSipLineField(name));
        if ((operator == FilterOperator.BETWEEN || operator == FilterOperator.NOT_BETWEEN)
                && (!value.array() || value.elements().size() != 2)) {
            throw new InvalidFilterValue(key);
        }
        List<LogicSearch> searches = operator == FilterOperator.SEARCH
                ? value.elements().stream().map(LogicSearch::parse).toList()
                : List.of();
        return new FilterCondition(field, operator, value, searches);
    }

    private static boolean isNameCharacter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    }

    public boolean matches(SipLine line) {
        Object actual = field.valueOf(line);
        return switch (operator) {
            case EQUAL -> anyElement(v -> equal(actual, v));
            case NOT_EQUAL -> !anyElement(v -> equal(actual, v));
            case GREATER -> actual != null && anyElement(v -> Collation.compare(field, actual, v) > 0);
            case GREATER_OR_EQUAL -> actual != null && anyElement(v -> Collation.compare(field, actual, v) >= 0);
            case LESS -> actual != null && anyElement(v -> Collation.compare(field, actual, v) < 0);
            case LESS_OR_EQUAL -> actual != null && anyElement(v -> Collation.compare(field, actual, v) <= 0);
            case BETWEEN -> between(actual);
            case NOT_BETWEEN -> !between(actual);
            case LIKE -> actual != null && anyElement(v -> Collation.contains(actual, v));
            case NOT_LIKE -> !(actual != null && anyElement(v -> Collation.contains(actual, v)));
            case SEARCH -> searches.stream().anyMatch(search -> search.matches(actual == null ? null : Collation.text(actual)));
        };
    }

    /** The CONFIG_ID bounds this condition implies ({@link ConfigIdRange#ALL} when it implies none). */
    ConfigIdRange configIdRange() {
        if (field != SipLineField.CONFIG_ID) {
            return ConfigIdRange.ALL;
        }
        List<Long> numbers = value.elements().stream()
                .filter(v -> v != null && !v.isEmpty())
                .map(Params::intval)
                .toList();
        if (numbers.isEmpty()) {
            // CONFIG_ID is never empty, so "=" with only empty values (or none) matches nothing.
            return operator == FilterOperator.EQUAL ? ConfigIdRange.NONE : ConfigIdRange.ALL;
        }
        long min = numbers.stream().mapToLong(Long::longValue).min().orElseThrow();
        long max = numbers.stream().mapToLong(Long::longValue).max().orElseThrow();
        return switch (operator) {
            case EQUAL -> new ConfigIdRange(min, max);
            case GREATER -> min == Long.MAX_VALUE ? ConfigIdRange.NONE : ConfigIdRange.atLeast(min + 1);
            case GREATER_OR_EQUAL -> ConfigIdRange.atLeast(min);
            case LESS -> max == Long.MIN_VALUE ? ConfigIdRange.NONE : ConfigIdRange.atMost(max - 1);
            case LESS_OR_EQUAL -> ConfigIdRange.atMost(max);
            case BETWEEN -> new ConfigIdRange(Params.intval(value.elements().get(0)),
                    Params.intval(value.elements().get(1)));
            default -> ConfigIdRange.ALL;
        };
    }

    private boolean anyElement(Predicate<String> test) {
        return value.elements().stream().anyMatch(test);
    }

    private boolean equal(Object actual, String wanted) {
        if (wanted == null || wanted.isEmpty()) {
            return actual == null || "".equals(actual);
        }
        return actual != null && Collation.compare(field, actual, wanted) == 0;
    }

    private boolean between(Object actual) {
        return actual != null
                && Collation.compare(field, actual, value.elements().get(0)) >= 0
                && Collation.compare(field, actual, value.elements().get(1)) <= 0;
    }
}
