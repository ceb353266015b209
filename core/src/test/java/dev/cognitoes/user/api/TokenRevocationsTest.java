package dev.cognitoes.user.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TokenRevocationsTest {

    static final Instant SIGN_OUT = Instant.parse("2026-03-01T10:00:00.400Z");
    static final Instant SECOND = Instant.parse("2026-03-01T10:00:00Z");

    @Nested
    @DisplayName("when the user signed out")
    class SignedOut {

        final TokenRevocations revocations = TokenRevocations.NONE.signedOut(SIGN_OUT);

        @Test
        void tokens_of_earlier_seconds_are_revoked_and_of_later_seconds_are_not() {
            assertThat(revocations.revokes("old", SECOND.minusSeconds(1))).isTrue();
            assertThat(revocations.revokes("new", SECOND.plusSeconds(1))).isFalse();
        }

        @Test
        void in_the_sign_out_second_only_sessions_begun_at_or_after_it_stay_valid() {
            TokenRevocations later = revocations.sessionBegan("after", SIGN_OUT)
                    .sessionBegan("before", SIGN_OUT.minusMillis(1));

            assertThat(later.revokes("after", SECOND)).isFalse();
            assertThat(later.revokes("before", SECOND)).isTrue();
            assertThat(later.sessionBegan("next-second", SECOND.plusSeconds(1))).isEqualTo(later);
        }

        @Test
        void a_new_sign_out_forgets_the_sessions_of_the_previous_one() {
            TokenRevocations again = revocations.sessionBegan("after", SIGN_OUT).signedOut(SIGN_OUT.plusMillis(100));

            assertThat(again.revokes("after", SECOND)).isTrue();
        }
    }

    @Nested
    @DisplayName("when a session was revoked")
    class SessionRevoked {

        @Test
        void its_tokens_are_revoked_whenever_issued_until_none_can_be_valid() {
            TokenRevocations revoked = TokenRevocations.NONE.sessionRevoked("origin", SIGN_OUT);

            assertThat(revoked.revokes("origin", SECOND.plusSeconds(30))).isTrue();
            assertThat(revoked.revokes("other", SECOND)).isFalse();
            assertThat(revoked.signedOut(SIGN_OUT.plus(Duration.ofDays(1))).revokedSessions()).isEmpty();
            assertThat(revoked.signedOut(SIGN_OUT.plus(Duration.ofHours(23))).revokedSessions())
                    .containsKey("origin");
        }
    }
}
