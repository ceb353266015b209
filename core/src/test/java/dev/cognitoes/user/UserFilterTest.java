package dev.cognitoes.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.CognitoException;
import dev.cognitoes.user.UserFilter.Operator;
import dev.cognitoes.user.UserFilter.UserAttributesAccessor;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UserFilterTest {

    private static UserAttributesAccessor user(Map<String, String> attributes) {
        return attributes::get;
    }

    private static UserAttributesAccessor user(String name, String value) {
        return user(Map.of(name, value));
    }

    @Nested
    @DisplayName("when the filter is empty")
    class Empty {

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {" ", "  \t "})
        void everyUserMatches(String filter) {
            UserFilter parsed = UserFilter.parse(filter);

            assertThat(parsed.isEmpty()).isTrue();
            assertThat(parsed.matches(user(Map.of()))).isTrue();
            assertThat(parsed.matches(user("email", "jo@example.com"))).isTrue();
        }

        @Test
        void namesNoCondition() {
            UserFilter parsed = UserFilter.parse("");

            assertThatThrownBy(parsed::attributeName).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(parsed::operator).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(parsed::value).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(parsed::ignoresCase).isInstanceOf(IllegalStateException.class);
        }
    }

    @Nested
    @DisplayName("when the operator is =")
    class Equals {

        private final UserFilter filter = UserFilter.parse("given_name = \"Jon\"");

        @Test
        void exposesItsParts() {
            assertThat(filter.isEmpty()).isFalse();
            assertThat(filter.attributeName()).isEqualTo("given_name");
            assertThat(filter.operator()).isEqualTo(Operator.EQUALS);
            assertThat(filter.value()).isEqualTo("Jon");
        }

        @Test
        void matchesTheWholeValueOnly() {
            assertThat(filter.matches(user("given_name", "Jon"))).isTrue();
            assertThat(filter.matches(user("given_name", "Jonathan"))).isFalse();
            assertThat(filter.matches(user("given_name", "Jo"))).isFalse();
        }

        @Test
        void looksOnlyAtTheNamedAttribute() {
            assertThat(filter.matches(user("family_name", "Jon"))).isFalse();
        }
    }

    @Nested
    @DisplayName("when the operator is ^=")
    class StartsWith {

        private final UserFilter filter = UserFilter.parse("given_name ^= \"Jon\"");

        @Test
        void exposesItsOperator() {
            assertThat(filter.operator()).isEqualTo(Operator.STARTS_WITH);
            assertThat(filter.operator().symbol()).isEqualTo("^=");
            assertThat(filter.value()).isEqualTo("Jon");
        }

        @Test
        void matchesEveryValueWithThePrefix() {
            assertThat(filter.matches(user("given_name", "Jon"))).isTrue();
            assertThat(filter.matches(user("given_name", "Jonathan"))).isTrue();
            assertThat(filter.matches(user("given_name", "Jo"))).isFalse();
            assertThat(filter.matches(user("given_name", "Ajon"))).isFalse();
        }

        @Test
        void anEmptyPrefixMatchesEveryUserWithTheAttribute() {
            UserFilter anyName = UserFilter.parse("given_name ^= \"\"");

            assertThat(anyName.matches(user("given_name", "Jon"))).isTrue();
            assertThat(anyName.matches(user(Map.of()))).isFalse();
        }
    }

    @Nested
    @DisplayName("when the user lacks the attribute")
    class MissingAttribute {

        @ParameterizedTest
        @ValueSource(strings = {"family_name = \"\"", "family_name ^= \"\"", "family_name = \"Reddy\""})
        void theUserIsNotListed(String filter) {
            assertThat(UserFilter.parse(filter).matches(user("given_name", "Jon"))).isFalse();
        }
    }

    @Nested
    @DisplayName("when whitespace varies")
    class Spacing {

        @ParameterizedTest
        @ValueSource(strings = {
                "email=\"jo@example.com\"",
                "email = \"jo@example.com\"",
                "   email   =   \"jo@example.com\"   ",
                "email\t=\t\"jo@example.com\"",
                "\"email\" = \"jo@example.com\""})
        void theSameFilterIsRead(String filter) {
            UserFilter parsed = UserFilter.parse(filter);

            assertThat(parsed.attributeName()).isEqualTo("email");
            assertThat(parsed.operator()).isEqualTo(Operator.EQUALS);
            assertThat(parsed.value()).isEqualTo("jo@example.com");
        }

        @ParameterizedTest
        @ValueSource(strings = {"email^=\"jo\"", "email ^= \"jo\"", "  email\t^=  \"jo\" "})
        void thePrefixOperatorIsRead(String filter) {
            UserFilter parsed = UserFilter.parse(filter);

            assertThat(parsed.operator()).isEqualTo(Operator.STARTS_WITH);
            assertThat(parsed.value()).isEqualTo("jo");
        }

        @Test
        void whitespaceInsideTheQuotesBelongsToTheValue() {
            assertThat(UserFilter.parse("name = \"  Jon  Doe \"").value()).isEqualTo("  Jon  Doe ");
        }
    }

    @Nested
    @DisplayName("when the value has escapes")
    class Escapes {

        @Test
        void anEscapedQuoteIsAQuote() {
            UserFilter parsed = UserFilter.parse("family_name = \"O\\\"Brien\"");

            assertThat(parsed.value()).isEqualTo("O\"Brien");
            assertThat(parsed.matches(user("family_name", "O\"Brien"))).isTrue();
        }

        @Test
        void anEscapedBackslashIsABackslash() {
            UserFilter parsed = UserFilter.parse("name = \"a\\\\b\"");

            assertThat(parsed.value()).isEqualTo("a\\b");
        }

        @Test
        void aValueMayEndWithAnEscapedBackslash() {
            assertThat(UserFilter.parse("name = \"a\\\\\"").value()).isEqualTo("a\\");
        }

        @Test
        void aBackslashTakesAnyOtherCharacterLiterally() {
            assertThat(UserFilter.parse("name = \"a\\b\"").value()).isEqualTo("ab");
        }

        @Test
        void operatorsInsideTheValueAreText() {
            UserFilter parsed = UserFilter.parse("name = \"a ^= b = c\"");

            assertThat(parsed.operator()).isEqualTo(Operator.EQUALS);
            assertThat(parsed.value()).isEqualTo("a ^= b = c");
        }
    }

    @Nested
    @DisplayName("when each searchable attribute is named")
    class SearchableAttributes {

        @ParameterizedTest
        @ValueSource(strings = {"username", "email", "phone_number", "name", "given_name", "family_name",
                "preferred_username", "cognito:user_status", "status", "sub"})
        void itIsSearchedByThatName(String attribute) {
            UserFilter parsed = UserFilter.parse(attribute + " = \"Value\"");

            assertThat(parsed.attributeName()).isEqualTo(attribute);
            assertThat(parsed.matches(user(attribute, "Value"))).isTrue();
            assertThat(parsed.matches(user(attribute, "Other"))).isFalse();
        }

        @Test
        void statusComparesEnabledOrDisabledExactly() {
            UserFilter disabled = UserFilter.parse("status = \"Disabled\"");

            assertThat(disabled.ignoresCase()).isFalse();
            assertThat(disabled.matches(user("status", "Disabled"))).isTrue();
            assertThat(disabled.matches(user("status", "Enabled"))).isFalse();
            assertThat(UserFilter.parse("status = \"disabled\"").matches(user("status", "Disabled"))).isFalse();
        }

        @Test
        void userStatusIgnoresCase() {
            UserFilter confirmed = UserFilter.parse("cognito:user_status = \"confirmed\"");

            assertThat(confirmed.ignoresCase()).isTrue();
            assertThat(confirmed.matches(user("cognito:user_status", "CONFIRMED"))).isTrue();
            assertThat(confirmed.matches(user("cognito:user_status", "UNCONFIRMED"))).isFalse();
        }

        @Test
        void statusAndUserStatusAreDifferentAttributes() {
            UserAttributesAccessor enabledUnconfirmed =
                    user(Map.of("status", "Enabled", "cognito:user_status", "UNCONFIRMED"));

            assertThat(UserFilter.parse("status = \"Enabled\"").matches(enabledUnconfirmed)).isTrue();
            assertThat(UserFilter.parse("cognito:user_status = \"Enabled\"").matches(enabledUnconfirmed)).isFalse();
            assertThat(UserFilter.parse("status = \"UNCONFIRMED\"").matches(enabledUnconfirmed)).isFalse();
        }
    }

    @Nested
    @DisplayName("when letters differ only in case")
    class LetterCase {

        @ParameterizedTest
        @ValueSource(strings = {"username", "email", "preferred_username"})
        void aCaseSensitivePoolComparesExactly(String attribute) {
            UserFilter exact = UserFilter.parse(attribute + " = \"Jo@Example.com\"", true);
            UserFilter prefix = UserFilter.parse(attribute + " ^= \"JO\"", true);

            assertThat(exact.ignoresCase()).isFalse();
            assertThat(exact.matches(user(attribute, "jo@example.com"))).isFalse();
            assertThat(exact.matches(user(attribute, "Jo@Example.com"))).isTrue();
            assertThat(prefix.matches(user(attribute, "jo@example.com"))).isFalse();
        }

        @ParameterizedTest
        @ValueSource(strings = {"username", "email", "preferred_username"})
        void aCaseInsensitivePoolIgnoresCase(String attribute) {
            UserFilter exact = UserFilter.parse(attribute + " = \"Jo@Example.com\"", false);
            UserFilter prefix = UserFilter.parse(attribute + " ^= \"JO\"", false);

            assertThat(exact.ignoresCase()).isTrue();
            assertThat(exact.matches(user(attribute, "jo@example.com"))).isTrue();
            assertThat(prefix.matches(user(attribute, "jo@example.com"))).isTrue();
        }

        @Test
        void withoutAPoolSettingUsernamesAreCaseSensitive() {
            assertThat(UserFilter.parse("username = \"Jo\"").matches(user("username", "jo"))).isFalse();
        }

        @ParameterizedTest
        @ValueSource(strings = {"name", "given_name", "family_name", "phone_number", "sub"})
        void otherAttributesIgnoreCaseInEveryPool(String attribute) {
            for (boolean caseSensitivePool : new boolean[] {true, false}) {
                UserFilter exact = UserFilter.parse(attribute + " = \"Reddy\"", caseSensitivePool);
                UserFilter prefix = UserFilter.parse(attribute + " ^= \"RED\"", caseSensitivePool);

                assertThat(exact.ignoresCase()).isTrue();
                assertThat(exact.matches(user(attribute, "reddy"))).isTrue();
                assertThat(prefix.matches(user(attribute, "reddy"))).isTrue();
            }
        }

        @Test
        void statusIsExactEvenInACaseInsensitivePool() {
            assertThat(UserFilter.parse("status = \"enabled\"", false).matches(user("status", "Enabled"))).isFalse();
        }
    }

    @Nested
    @DisplayName("when the filter is malformed")
    class Malformed {

        @ParameterizedTest
        @ValueSource(strings = {
                "foo",
                "username",
                "username =",
                "username=",
                "username = foo",
                "username = 'foo'",
                "username == \"foo\"",
                "username != \"foo\"",
                "username =^ \"foo\"",
                "username ^ \"foo\"",
                "username > \"foo\"",
                "username \"foo\"",
                "= \"foo\"",
                "^= \"foo\"",
                "\"\" = \"foo\"",
                "username = \"foo",
                "username = \"foo\\\"",
                "username = \"foo\\",
                "username = \"foo\" extra",
                "username = \"foo\"\"",
                "username = \"foo\" and email = \"bar\"",
                "\"username = \\\"foo\\\"\"",
                "\"username = \"foo\""})
        void itIsRefusedAsUnparsable(String filter) {
            assertThatThrownBy(() -> UserFilter.parse(filter))
                    .isInstanceOfSatisfying(CognitoException.class, e -> {
                        assertThat(e.error()).isEqualTo(CognitoError.INVALID_PARAMETER);
                        assertThat(e.getMessage()).isEqualTo("Error while parsing filter.");
                    });
        }

        @Test
        void syntaxIsCheckedBeforeTheAttribute() {
            assertThatThrownBy(() -> UserFilter.parse("custom:foo = bar"))
                    .hasMessage("Error while parsing filter.");
        }
    }

    @Nested
    @DisplayName("when the attribute cannot be searched")
    class NotSearchable {

        @ParameterizedTest
        @ValueSource(strings = {"custom:foo", "custom:tenant", "email_verified", "address", "locale", "Email",
                "USERNAME", "cognito:username", "Status"})
        void itIsRefusedByName(String attribute) {
            assertThatThrownBy(() -> UserFilter.parse(attribute + " = \"x\""))
                    .isInstanceOfSatisfying(CognitoException.class, e -> {
                        assertThat(e.error()).isEqualTo(CognitoError.INVALID_PARAMETER);
                        assertThat(e.getMessage()).isEqualTo("Invalid search attribute: " + attribute);
                    });
        }

        @Test
        void aPrefixSearchIsRefusedToo() {
            assertThatThrownBy(() -> UserFilter.parse("custom:foo ^= \"b\""))
                    .hasMessage("Invalid search attribute: custom:foo");
        }
    }
}
