package dev.cognitoes.user;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.CognitoException;
import dev.cognitoes.testkit.Race;
import dev.cognitoes.user.api.ListUsersQuery;
import dev.cognitoes.user.api.SignUpCommand;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class UsernameUniquenessTest {

    static final int CONTENDERS = 50;

    private TestCognito cognito;

    @BeforeEach
    void start() {
        cognito = new TestCognito();
    }

    @AfterEach
    void stop() {
        cognito.close();
    }

    /** Starts every sign-up at once; answers each outcome: "ok" or the AWS error name and message. */
    List<String> signUpConcurrently(String clientId, IntFunction<String> username) throws Exception {
        return Race.run(CONTENDERS, Duration.ofSeconds(60), i -> {
            String name = username.apply(i);
            return () -> {
                try {
                    cognito.runtime.send(new SignUpCommand(clientId, null, name, "Correct-Horse-1",
                            Map.of("email", "same@example.com")));
                    return "ok";
                } catch (CognitoException e) {
                    return e.toString();
                }
            };
        });
    }

    @Nested
    @DisplayName("when 50 users sign up with one username at the same moment")
    class SameMoment {

        @Test
        void exactly_one_succeeds_and_49_are_told_the_user_exists() throws Exception {
            List<String> outcomes = signUpConcurrently(TestCognito.CLIENT, i -> "jane");

            assertThat(outcomes).filteredOn("ok"::equals).hasSize(1);
            assertThat(outcomes).filteredOn(o -> !o.equals("ok")).hasSize(CONTENDERS - 1)
                    .containsOnly(CognitoError.USERNAME_EXISTS.awsName() + ": User already exists");
            assertThat(cognito.runtime.query(ListUsersQuery.firstPage(TestCognito.POOL)).users()).hasSize(1);
        }

        @Test
        void in_a_case_insensitive_pool_the_same_name_in_50_spellings_is_granted_once() throws Exception {
            List<String> outcomes = signUpConcurrently(TestCognito.INSENSITIVE_CLIENT, i -> spelling("janedoe", i));

            assertThat(outcomes).filteredOn("ok"::equals).hasSize(1);
            assertThat(outcomes).filteredOn(o -> !o.equals("ok")).hasSize(CONTENDERS - 1)
                    .containsOnly(CognitoError.USERNAME_EXISTS.awsName() + ": User already exists");
            assertThat(cognito.runtime.query(ListUsersQuery.firstPage(TestCognito.INSENSITIVE_POOL)).users())
                    .hasSize(1);
        }
    }

    /** The n-th mixture of upper and lower case of {@code name}: distinct for n below 2^length. */
    static String spelling(String name, int n) {
        StringBuilder spelled = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            spelled.append(((n >> i) & 1) == 1 ? Character.toUpperCase(c) : c);
        }
        return spelled.toString();
    }
}
