package dev.cognitoes.user;

import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.CognitoException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code Filter} of ListUsers: one searchable attribute, an operator and a quoted value, such as
 * {@code family_name = "Reddy"} or {@code email ^= "jo"}.
 *
 * <p>Grammar: optional whitespace, the attribute name (bare, or in double quotes), optional whitespace, {@code =}
 * (exact match) or {@code ^=} (starts with), optional whitespace, the value in double quotes, optional whitespace.
 * Inside the value a backslash takes the next character literally, so {@code \"} is a quote and {@code \\} a
 * backslash. A null, empty or blank filter is the {@linkplain #isEmpty() empty filter}, which every user matches.
 *
 * <p>Only these attributes are searchable: {@code username}, {@code email}, {@code phone_number}, {@code name},
 * {@code given_name}, {@code family_name}, {@code preferred_username}, {@code cognito:user_status} (the
 * confirmation state, such as {@code CONFIRMED}), {@code status} ({@code Enabled} or {@code Disabled}) and
 * {@code sub}. Custom attributes are not.
 *
 * <p>Case: {@code username}, {@code email} and {@code preferred_username} compare as the pool's
 * {@code UsernameConfiguration.CaseSensitive} says; {@code status} always compares exactly;
 * {@code cognito:user_status} and the other attributes ignore case. {@link #ignoresCase()} tells a store that
 * pushes the filter down which comparison to run.
 *
 * <p>A user without the attribute matches neither operator, not even with an empty value.
 */
public final class UserFilter {

    static final String PARSE_ERROR = "Error while parsing filter.";
    static final String INVALID_ATTRIBUTE = "Invalid search attribute: ";

    private static final UserFilter EMPTY = new UserFilter(null, null, null, false);

    private final SearchableAttribute attribute;
    private final Operator operator;
    private final String value;
    private final boolean ignoresCase;

    private UserFilter(SearchableAttribute attribute, Operator operator, String value, boolean ignoresCase) {
        this.attribute = attribute;
        this.operator = operator;
        this.value = value;
        this.ignoresCase = ignoresCase;
    }

    /**
     * Reads a filter for a pool whose usernames are case sensitive, the API's default.
     *
     * @throws CognitoException InvalidParameterException when the filter is malformed or names an attribute that
     *                          cannot be searched
     */
    public static UserFilter parse(String filter) {
        return parse(filter, true);
    }

    /**
     * Reads a filter for a pool with the given case sensitivity.
     *
     * @param caseSensitivePool the pool's {@code UsernameConfiguration.CaseSensitive}
     * @throws CognitoException InvalidParameterException when the filter is malformed or names an attribute that
     *                          cannot be searched
     */
    public static UserFilter parse(String filter, boolean caseSensitivePool) {
        if (filter == null || filter.isBlank()) {
            return EMPTY;
        }
        Parser parser = new Parser(filter);
        String name = parser.attributeName();
        Operator operator = parser.operator();
        String value = parser.quotedValue();
        parser.end();
        SearchableAttribute attribute = SearchableAttribute.named(name)
                .orElseThrow(() -> new CognitoException(CognitoError.INVALID_PARAMETER, INVALID_ATTRIBUTE + name));
        return new UserFilter(attribute, operator, value, attribute.ignoresCase(caseSensitivePool));
    }

    /** True for the filter every user matches: the request had none. */
    public boolean isEmpty() {
        return attribute == null;
    }

    /**
     * The attribute searched, as the {@link UserAttributesAccessor} is asked for it: {@code username},
     * {@code status}, {@code cognito:user_status}, {@code email} and so on.
     *
     * @throws IllegalStateException on the {@linkplain #isEmpty() empty filter}
     */
    public String attributeName() {
        requireCondition();
        return attribute.attributeName;
    }

    /** @throws IllegalStateException on the {@linkplain #isEmpty() empty filter} */
    public Operator operator() {
        requireCondition();
        return operator;
    }

    /** The value to compare with, unescaped. @throws IllegalStateException on the empty filter */
    public String value() {
        requireCondition();
        return value;
    }

    /** Whether the comparison ignores case. @throws IllegalStateException on the empty filter */
    public boolean ignoresCase() {
        requireCondition();
        return ignoresCase;
    }

    /** Whether the user whose attributes {@code user} reads is listed. */
    public boolean matches(UserAttributesAccessor user) {
        Objects.requireNonNull(user, "user");
        if (isEmpty()) {
            return true;
        }
        String actual = user.value(attribute.attributeName);
        if (actual == null) {
            return false;
        }
        return switch (operator) {
            case EQUALS -> ignoresCase ? actual.equalsIgnoreCase(value) : actual.equals(value);
            case STARTS_WITH -> actual.regionMatches(ignoresCase, 0, value, 0, value.length());
        };
    }

    @Override
    public String toString() {
        return isEmpty() ? "UserFilter[empty]" : "UserFilter[" + attribute.attributeName + " " + operator.symbol + "]";
    }

    private void requireCondition() {
        if (isEmpty()) {
            throw new IllegalStateException("the empty filter names no attribute");
        }
    }

    /** How the value is compared. */
    public enum Operator {
        /** {@code =}: the attribute equals the value. */
        EQUALS("="),
        /** {@code ^=}: the attribute starts with the value. */
        STARTS_WITH("^=");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        /** The operator as written in a filter. */
        public String symbol() {
            return symbol;
        }
    }

    /**
     * Reads one attribute of one user for {@link #matches}: {@code username} gives the username, {@code status}
     * gives {@code Enabled} or {@code Disabled}, {@code cognito:user_status} the user status such as
     * {@code CONFIRMED}, and any other name the attribute's value; {@code null} when the user has none.
     */
    @FunctionalInterface
    public interface UserAttributesAccessor {
        String value(String attributeName);
    }

    private enum CaseRule { POOL, EXACT, IGNORED }

    private enum SearchableAttribute {
        USERNAME("username", CaseRule.POOL),
        EMAIL("email", CaseRule.POOL),
        PHONE_NUMBER("phone_number", CaseRule.IGNORED),
        NAME("name", CaseRule.IGNORED),
        GIVEN_NAME("given_name", CaseRule.IGNORED),
        FAMILY_NAME("family_name", CaseRule.IGNORED),
        PREFERRED_USERNAME("preferred_username", CaseRule.POOL),
        USER_STATUS("cognito:user_status", CaseRule.IGNORED),
        STATUS("status", CaseRule.EXACT),
        SUB("sub", CaseRule.IGNORED);

        private final String attributeName;
        private final CaseRule caseRule;

        SearchableAttribute(String attributeName, CaseRule caseRule) {
            this.attributeName = attributeName;
            this.caseRule = caseRule;
        }

        static Optional<SearchableAttribute> named(String name) {
            return Arrays.stream(values()).filter(a -> a.attributeName.equals(name)).findFirst();
        }

        boolean ignoresCase(boolean caseSensitivePool) {
            return switch (caseRule) {
                case POOL -> !caseSensitivePool;
                case EXACT -> false;
                case IGNORED -> true;
            };
        }
    }

    private static final class Parser {
        private final String text;
        private int at;

        Parser(String text) {
            this.text = text;
        }

        String attributeName() {
            skipWhitespace();
            if (peek('"')) {
                String quotedName = quoted();
                if (quotedName.isEmpty()) {
                    throw malformed();
                }
                return quotedName;
            }
            int start = at;
            while (at < text.length() && !endsName(text.charAt(at))) {
                at++;
            }
            if (at == start) {
                throw malformed();
            }
            return text.substring(start, at);
        }

        Operator operator() {
            skipWhitespace();
            if (text.startsWith(Operator.STARTS_WITH.symbol, at)) {
                at += Operator.STARTS_WITH.symbol.length();
                return Operator.STARTS_WITH;
            }
            if (text.startsWith(Operator.EQUALS.symbol, at)) {
                at += Operator.EQUALS.symbol.length();
                return Operator.EQUALS;
            }
            throw malformed();
        }

        String quotedValue() {
            skipWhitespace();
            if (!peek('"')) {
                throw malformed();
            }
            return quoted();
        }

        void end() {
            skipWhitespace();
            if (at != text.length()) {
                throw malformed();
            }
        }

        private String quoted() {
            at++;
            StringBuilder value = new StringBuilder();
            while (at < text.length()) {
                char c = text.charAt(at++);
                if (c == '"') {
                    return value.toString();
                }
                if (c == '\\') {
                    if (at == text.length()) {
                        break;
                    }
                    c = text.charAt(at++);
                }
                value.append(c);
            }
            throw malformed();
        }

        private static boolean endsName(char c) {
            return Character.isWhitespace(c) || c == '=' || c == '^' || c == '"';
        }

        private boolean peek(char c) {
            return at < text.length() && text.charAt(at) == c;
        }

        private void skipWhitespace() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        private static CognitoException malformed() {
            return new CognitoException(CognitoError.INVALID_PARAMETER, PARSE_ERROR);
        }
    }
}
