package dev.cognitoes.user;

import static dev.cognitoes.user.UserSignInTest.CLIENT;
import static dev.cognitoes.user.UserSignInTest.NOW;
import static dev.cognitoes.user.UserSignInTest.POOL;
import static dev.cognitoes.user.UserSignInTest.SUB;
import static dev.cognitoes.user.UserSignInTest.confirmed;
import static dev.cognitoes.user.UserSignInTest.signedUp;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.cognitoes.config.CognitoRuntime;
import dev.cognitoes.user.api.UserSignedInEvent;
import dev.cognitoes.user.api.UserSignedOutEvent;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class UserStateSizeTest {

    private final User user = new User();
    private Instant now = NOW;
    private int signIns;

    private void signIn() {
        signIns++;
        now = now.plusSeconds(1);
        user.on(new UserSignedInEvent(SUB, POOL, CLIENT, SignInFlows.USER_PASSWORD_AUTH, null,
                "origin-" + signIns, "event-" + signIns, "refresh-" + signIns, now.plus(Duration.ofDays(30)), now));
    }

    private int snapshotSize() throws JsonProcessingException {
        return CognitoRuntime.snapshotObjectMapper().writeValueAsBytes(user).length;
    }

    private void signedUpAndConfirmed() {
        user.on(signedUp());
        user.on(confirmed());
    }

    @Nested
    @DisplayName("when a user signs in many times")
    class ManySignIns {

        @Test
        void the_snapshot_of_the_user_does_not_grow() throws JsonProcessingException {
            signedUpAndConfirmed();
            signIn();
            int afterOne = snapshotSize();
            for (int i = 0; i < 499; i++) {
                signIn();
            }
            assertThat(snapshotSize()).isEqualTo(afterOne);
        }

        @Test
        void the_snapshot_of_a_user_who_signed_out_does_not_grow_either() throws JsonProcessingException {
            signedUpAndConfirmed();
            signIn();
            user.on(new UserSignedOutEvent(SUB, POOL, false, now));
            signIn();
            int afterOne = snapshotSize();
            for (int i = 0; i < 499; i++) {
                signIn();
            }
            assertThat(snapshotSize()).isEqualTo(afterOne);
        }
    }
}
