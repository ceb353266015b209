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

    private void signInWithSrp(User signingIn, String sessionId) {
        signIns++;
        signingIn.on(new UserSignedInEvent(SUB, POOL, CLIENT, SignInFlows.USER_SRP_AUTH, sessionId,
                "origin-" + signIns, "event-" + signIns, "refresh-" + signIns, now.plus(Duration.ofDays(30)), now));
    }

    private int snapshotSize() throws JsonProcessingException {
        return CognitoRuntime.snapshotObjectMapper().writeValueAsBytes(user).length;
    }

    private static String snapshot(User of) throws JsonProcessingException {
        return CognitoRuntime.snapshotObjectMapper().writeValueAsString(of);
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

    @Nested
    @DisplayName("when a user signs in with SRP many times")
    class ManySrpSignIns {

        @Test
        void the_snapshot_stops_growing_once_the_first_answered_session_is_older_than_a_secret_block_lives()
                throws JsonProcessingException {
            signedUpAndConfirmed();
            for (int second = 0; second < 1200; second++) {
                now = now.plusSeconds(1);
                signInWithSrp(user, "session-%05d".formatted(second));
            }
            int afterTwentyMinutes = snapshotSize();
            for (int second = 1200; second < 2400; second++) {
                now = now.plusSeconds(1);
                signInWithSrp(user, "session-%05d".formatted(second));
            }

            assertThat(snapshotSize()).isEqualTo(afterTwentyMinutes);
        }

        @Test
        void a_user_read_back_from_its_snapshot_forgets_the_sessions_answered_longest_ago_first() throws Exception {
            signedUpAndConfirmed();
            for (String session : new String[] {"session-a", "session-b", "session-c"}) {
                now = now.plus(Duration.ofMinutes(1));
                signInWithSrp(user, session);
            }
            User restored = CognitoRuntime.snapshotObjectMapper().readValue(snapshot(user), User.class);

            now = now.plus(Duration.ofMinutes(13)).plusSeconds(30);
            signInWithSrp(restored, "session-d");

            assertThat(snapshot(restored)).doesNotContain("session-a")
                    .contains("session-b", "session-c", "session-d");
        }
    }
}
