package dev.cognitoes.user;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.CognitoException;
import dev.cognitoes.testkit.Race;
import dev.cognitoes.user.api.AdminCreateUserCommand;
import dev.cognitoes.user.api.AdminGetUserQuery;
import dev.cognitoes.user.api.AdminUpdateUserAttributesCommand;
import dev.cognitoes.user.api.ListUsersQuery;
import dev.cognitoes.user.api.MessageAction;
import dev.cognitoes.user.api.UserView;
import dev.cognitoes.userpool.api.SignInSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AliasUniquenessTest {

    static final int CONTENDERS = 50;
    static final String ALIAS_POOL = "us-east-1_Aliases02";

    private TestCognito cognito;

    @BeforeEach
    void start() {
        cognito = new TestCognito();
        cognito.pool(ALIAS_POOL, new SignInSettings(Set.of(), Set.of("email"), false),
                TestCognito.settings(Set.of("email"), false), List.of());
        for (int i = 0; i < CONTENDERS; i++) {
            cognito.runtime.send(new AdminCreateUserCommand(ALIAS_POOL, "user" + i, Map.of(), "Temporary-Pass-1",
                    false, MessageAction.SUPPRESS, Set.of()));
        }
    }

    @AfterEach
    void stop() {
        cognito.close();
    }

    @Nested
    @DisplayName("when 50 users claim one verified email alias at the same moment")
    class SameMoment {

        @Test
        void exactly_one_holds_it_and_49_are_told_it_exists() throws Exception {
            List<String> outcomes = Race.run(CONTENDERS, Duration.ofSeconds(60), i -> {
                String username = "user" + i;
                String spelling = UsernameUniquenessTest.spelling("same", i) + "@example.com";
                return () -> {
                    try {
                        cognito.runtime.send(new AdminUpdateUserAttributesCommand(ALIAS_POOL, username,
                                Map.of("email", spelling, "email_verified", "true")));
                        return "ok";
                    } catch (CognitoException e) {
                        return e.toString();
                    }
                };
            });

            assertThat(outcomes).filteredOn("ok"::equals).hasSize(1);
            assertThat(outcomes).filteredOn(o -> !o.equals("ok")).hasSize(CONTENDERS - 1)
                    .containsOnly(CognitoError.ALIAS_EXISTS.awsName()
                            + ": An account with the given email already exists.");
            UserView holder = cognito.runtime.query(new AdminGetUserQuery(ALIAS_POOL, "SAME@example.com"));
            assertThat(cognito.runtime.query(ListUsersQuery.firstPage(ALIAS_POOL)).users())
                    .filteredOn(user -> user.attribute("email") != null)
                    .singleElement()
                    .satisfies(user -> assertThat(user.username()).isEqualTo(holder.username()));
        }
    }
}
