package com.telephony.bitrix.listing;

import java.util.Optional;

/**
 * The key prefixes sip.get documents (docs/bitrix24/sip-lines.md, "Filter keys and operators"): {@code =} (also no prefix), {@code !} and {@code !=},
 * {@code > >= < <=}, {@code ><} and {@code !><} (between, inclusive), {@code %} and {@code !%} (substring), {@code ?}
 * (Bitrix "logic" search, see {@link LogicSearch}). Each negated operator selects exactly the lines its positive
 * form does not, lines without a value included.
 */
public enum FilterOperator {
    EQUAL,
    NOT_EQUAL,
    GREATER,
    GREATER_OR_EQUAL,
    LESS,
    LESS_OR_EQUAL,
    BETWEEN,
    NOT_BETWEEN,
    LIKE,
    NOT_LIKE,
    SEARCH;

    /** The operator a key prefix names; empty when the prefix is not one of the documented ones. */
    public static Optional<FilterOperator> ofPrefix(String prefix) {
        return Optional.ofNullable(switch (prefix) {
            case "", "=" -> EQUAL;
            case "!", "!=" -> NOT_EQUAL;
            case ">" -> GREATER;
            case ">=" -> GREATER_OR_EQUAL;
            case "<" -> LESS;
            case "<=" -> LESS_OR_EQUAL;
            case "><" -> BETWEEN;
            case "!><" -> NOT_BETWEEN;
            case "%" -> LIKE;
            case "!%" -> NOT_LIKE;
            case "?" -> SEARCH;
            default -> null;
        });
    }
}
