package dev.cognitoes.user;

import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.CognitoException;
import dev.cognitoes.testkit.TestClock;
import dev.cognitoes.user.UserCommands.ClaimName;
import dev.cognitoes.user.UserCommands.ReleaseName;
import dev.cognitoes.user.api.NameClaimTransferredEvent;
import dev.cognitoes.user.api.NameClaimedEvent;
import dev.cognitoes.user.api.NameKind;
import dev.cognitoes.user.api.NameReleasedEvent;
import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class NameClaimTest {

    static final String POOL = "us-east-1_TestPool1";
    static final String CLAIM = NameClaim.claimId(POOL, NameKind.USERNAME, "jane");
    static final String JANE = TestIds.sub(1);
    static final String OTHER = TestIds.sub(2);
    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private FixtureConfiguration<NameClaim> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(NameClaim.class);
        fixture.registerInjectableResource(new TestClock(NOW));
    }

    static ClaimName claim(String sub, boolean force) {
        return new ClaimName(CLAIM, POOL, NameKind.USERNAME, "jane", sub, force, CognitoError.USERNAME_EXISTS,
                "User already exists");
    }

    static NameClaimedEvent claimed(String sub) {
        return new NameClaimedEvent(CLAIM, POOL, NameKind.USERNAME, "jane", sub, NOW.minusSeconds(60));
    }

    @Nested
    @DisplayName("when a name is claimed")
    class Claiming {

        @Test
        void a_free_name_goes_to_the_claimant() {
            fixture.givenNoPriorActivity()
                    .when(claim(JANE, false))
                    .expectEvents(new NameClaimedEvent(CLAIM, POOL, NameKind.USERNAME, "jane", JANE, NOW));
        }

        @Test
        void a_name_held_by_another_user_is_refused_with_the_wording_of_the_request() {
            fixture.given(claimed(JANE))
                    .when(claim(OTHER, false))
                    .expectNoEvents()
                    .expectException(CognitoException.class)
                    .expectExceptionMessage("User already exists");
        }

        @Test
        void claiming_a_name_one_already_holds_changes_nothing() {
            fixture.given(claimed(JANE))
                    .when(claim(JANE, false))
                    .expectNoEvents()
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void a_forced_claim_moves_the_name_to_the_claimant() {
            fixture.given(claimed(JANE))
                    .when(claim(OTHER, true))
                    .expectEvents(new NameClaimTransferredEvent(CLAIM, POOL, NameKind.USERNAME, "jane", JANE, OTHER,
                            NOW));
        }

        @Test
        void a_released_name_can_be_claimed_again() {
            fixture.given(claimed(JANE),
                            new NameReleasedEvent(CLAIM, POOL, NameKind.USERNAME, "jane", JANE, NOW.minusSeconds(5)))
                    .when(claim(OTHER, false))
                    .expectEvents(new NameClaimedEvent(CLAIM, POOL, NameKind.USERNAME, "jane", OTHER, NOW));
        }
    }

    @Nested
    @DisplayName("when a name is released")
    class Releasing {

        @Test
        void the_holder_releases_it() {
            fixture.given(claimed(JANE))
                    .when(new ReleaseName(CLAIM, JANE))
                    .expectEvents(new NameReleasedEvent(CLAIM, POOL, NameKind.USERNAME, "jane", JANE, NOW));
        }

        @Test
        void a_user_who_does_not_hold_it_releases_nothing() {
            fixture.given(claimed(JANE))
                    .when(new ReleaseName(CLAIM, OTHER))
                    .expectNoEvents();
        }
    }
}
