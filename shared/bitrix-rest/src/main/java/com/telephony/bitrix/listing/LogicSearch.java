package com.telephony.bitrix.listing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code ?} operator: Bitrix24's "logic" search expression (its {@code GetFilterQuery} syntax).
 * <ul>
 * <li>A term is a run of characters without spaces or operators, or a quoted phrase ({@code "..."} or {@code '...'});
 *     it matches when the value contains it, case-insensitively ({@code LIKE '%term%'}).</li>
 * <li>{@code &} or {@code +} is AND, {@code |} is OR, {@code ~} is NOT, parentheses group; terms next to each other
 *     are joined with AND. NOT binds tightest, then AND, then OR.</li>
 * <li>Redundant operators are skipped ({@code "a | | b"}, {@code "a &"}). An expression with no term, or with
 *     unbalanced parentheses, is not a usable query: Bitrix24 then drops the condition, and so it matches every
 *     line. So does one nested deeper than {@value #MAX_DEPTH} parentheses, which no person writes and which
 *     would otherwise let a request exhaust the parser's stack.</li>
 * </ul>
 * Examples: {@code "sip provider"} (both words), {@code "sip | pbx"}, {@code "sip ~test"}, {@code "(a | b) & c"},
 * {@code "\"main office\""}.
 */
public final class LogicSearch {
    static final int MAX_DEPTH = 32;

    private sealed interface Node permits Term, Not, And, Or {
        boolean matches(String text);
    }

    private record Term(String lowercase) implements Node {
        public boolean matches(String text) {
            return text.contains(lowercase);
        }
    }

    private record Not(Node operand) implements Node {
        public boolean matches(String text) {
            return !operand.matches(text);
        }
    }

    private record And(List<Node> operands) implements Node {
        public boolean matches(String text) {
            return operands.stream().allMatch(node -> node.matches(text));
        }
    }

    private record Or(List<Node> operands) implements Node {
        public boolean matches(String text) {
            return operands.stream().anyMatch(node -> node.matches(text));
        }
    }

    private enum Kind { TERM, AND, OR, NOT, OPEN, CLOSE }

    private record Token(Kind kind, String text) {
    }

    /** {@code null}: the expression is not usable and the condition matches everything. */
    private final Node root;

    private LogicSearch(Node root) {
        this.root = root;
    }

    public static LogicSearch parse(String expression) {
        List<Token> tokens = tokenize(expression == null ? "" : expression);
        if (!balancedAndShallow(tokens)) {
            return new LogicSearch(null);
        }
        Parser parser = new Parser(tokens);
        return new LogicSearch(parser.expression());
    }

    /** Whether a line's value (text, or {@code null} when it has none) satisfies the expression. */
    public boolean matches(String value) {
        if (root == null) {
            return true;
        }
        return value != null && root.matches(value.toLowerCase(Locale.ROOT));
    }

    private static List<Token> tokenize(String expression) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < expression.length()) {
            char c = expression.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"' || c == '\'') {
                int end = expression.indexOf(c, i + 1);
                if (end < 0) {
                    // An unmatched quote is an ordinary character, as in Bitrix24.
                    i = word(expression, i, tokens);
                } else {
                    String phrase = expression.substring(i + 1, end);
                    if (!phrase.isBlank()) {
                        tokens.add(new Token(Kind.TERM, phrase));
                    }
                    i = end + 1;
                }
            } else if (c == '&' || c == '+') {
                tokens.add(new Token(Kind.AND, null));
                i++;
            } else if (c == '|') {
                tokens.add(new Token(Kind.OR, null));
                i++;
            } else if (c == '~') {
                tokens.add(new Token(Kind.NOT, null));
                i++;
            } else if (c == '(') {
                tokens.add(new Token(Kind.OPEN, null));
                i++;
            } else if (c == ')') {
                tokens.add(new Token(Kind.CLOSE, null));
                i++;
            } else {
                i = word(expression, i, tokens);
            }
        }
        return tokens;
    }

    private static int word(String expression, int start, List<Token> tokens) {
        int end = start + 1;
        while (end < expression.length() && "&+|~() \t\r\n".indexOf(expression.charAt(end)) < 0
                && !Character.isWhitespace(expression.charAt(end))) {
            end++;
        }
        tokens.add(new Token(Kind.TERM, expression.substring(start, end)));
        return end;
    }

    private static boolean balancedAndShallow(List<Token> tokens) {
        int depth = 0;
        for (Token token : tokens) {
            depth += token.kind == Kind.OPEN ? 1 : token.kind == Kind.CLOSE ? -1 : 0;
            if (depth < 0 || depth > MAX_DEPTH) {
                return false;
            }
        }
        return depth == 0;
    }

    /** Recursive descent over balanced tokens; every method returns {@code null} for "no term here". */
    private static final class Parser {
        private final List<Token> tokens;
        private int position;

        Parser(List<Token> tokens) {
            this.tokens = tokens;
        }

        Node expression() {
            List<Node> alternatives = new ArrayList<>();
            while (true) {
                Node conjunction = conjunction();
                if (conjunction != null) {
                    alternatives.add(conjunction);
                }
                if (peek() == Kind.OR) {
                    position++;
                } else {
                    break;
                }
            }
            return alternatives.isEmpty() ? null : alternatives.size() == 1 ? alternatives.get(0) : new Or(alternatives);
        }

        private Node conjunction() {
            List<Node> operands = new ArrayList<>();
            while (true) {
                Kind next = peek();
                if (next == Kind.AND) {
                    position++;
                } else if (next == Kind.TERM || next == Kind.NOT || next == Kind.OPEN) {
                    Node operand = unary();
                    if (operand != null) {
                        operands.add(operand);
                    }
                } else {
                    break;
                }
            }
            return operands.isEmpty() ? null : operands.size() == 1 ? operands.get(0) : new And(operands);
        }

        /** A run of NOTs is counted, not recursed into: only parentheses nest, and their depth is capped. */
        private Node unary() {
            boolean negated = false;
            while (peek() == Kind.NOT) {
                negated = !negated;
                position++;
            }
            Kind next = peek();
            if (next != Kind.TERM && next != Kind.OPEN) {
                return null;
            }
            Token token = tokens.get(position++);
            Node operand;
            if (token.kind == Kind.TERM) {
                operand = new Term(token.text.toLowerCase(Locale.ROOT));
            } else {
                operand = expression();
                position++; // the matching CLOSE: tokens are balanced
            }
            return operand == null || !negated ? operand : new Not(operand);
        }

        private Kind peek() {
            return position < tokens.size() ? tokens.get(position).kind : null;
        }
    }
}
