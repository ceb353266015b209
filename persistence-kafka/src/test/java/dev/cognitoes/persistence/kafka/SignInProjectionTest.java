package dev.cognitoes.persistence.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cognitoes.persistence.kafka.projection.HistoryEntry;
import dev.cognitoes.persistence.kafka.projection.LifecycleStep;
import dev.cognitoes.persistence.kafka.projection.PublishedEvent;
import dev.cognitoes.persistence.kafka.projection.SignUpFunnel;
import dev.cognitoes.persistence.kafka.projection.SignUpHistory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The projections read events through the topic contract, also types this build does not record yet. */
@DisplayName("Projections given sign-ins as the topic carries them")
class SignInProjectionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String POOL = "eu-west-1_Pool00001";
    private static final Instant DAY_ONE = Instant.parse("2025-03-01T10:00:00Z");
    private static final Instant DAY_TWO = Instant.parse("2025-03-02T10:00:00Z");

    private long offset;

    private PublishedEvent event(String type, String sub, Instant at, Map<String, Object> fields) {
        var payload = JSON.createObjectNode().put("sub", sub).put("userPoolId", POOL);
        fields.forEach((name, value) -> payload.set(name, JSON.valueToTree(value)));
        return new PublishedEvent("dev.cognitoes.user.api." + type, "1", "e" + offset, sub, "User", offset, at,
                POOL, payload, 0, offset++);
    }

    private void story(Consumer<PublishedEvent> projection) {
        projection.accept(event("UserSignedUpEvent", "s1", DAY_ONE, Map.of("username", "ann")));
        projection.accept(event("UserConfirmedEvent", "s1", DAY_ONE.plusSeconds(60), Map.of()));
        projection.accept(event("UserSignedInEvent", "s1", DAY_ONE.plusSeconds(120), Map.of()));
        projection.accept(event("UserSignedInEvent", "s1", DAY_TWO, Map.of()));
        projection.accept(event("UserCreatedByAdminEvent", "s2", DAY_TWO, Map.of("username", "ben")));
        projection.accept(event("TemporaryPasswordReplacedEvent", "s2", DAY_TWO.plusSeconds(5), Map.of()));
        projection.accept(event("UserSignedInEvent", "s2", DAY_TWO.plusSeconds(6), Map.of()));
    }

    @Nested
    @DisplayName("the funnel")
    class Funnel {

        @Test
        @DisplayName("counts a user's first sign-in only, on its day; admin-created users are no sign-ups")
        void firstSignIns() {
            SignUpFunnel funnel = new SignUpFunnel();
            story(funnel::apply);
            assertThat(funnel.day(POOL, LocalDate.parse("2025-03-01")))
                    .extracting("signUps", "confirmations", "firstSignIns").containsExactly(1L, 1L, 1L);
            assertThat(funnel.day(POOL, LocalDate.parse("2025-03-02")))
                    .extracting("signUps", "confirmations", "firstSignIns").containsExactly(0L, 0L, 1L);
        }

        @Test
        @DisplayName("comes back from its saved state with the users who already signed in")
        void restores() {
            SignUpFunnel funnel = new SignUpFunnel();
            funnel.apply(event("UserSignedInEvent", "s1", DAY_ONE, Map.of()));
            SignUpFunnel restored = new SignUpFunnel();
            restored.restore(funnel.state());
            restored.apply(event("UserSignedInEvent", "s1", DAY_TWO, Map.of()));
            assertThat(restored.days(POOL)).singleElement().extracting("firstSignIns").isEqualTo(1L);
        }
    }

    @Nested
    @DisplayName("the history")
    class History {

        @Test
        @DisplayName("shows sign-ins and a replaced temporary password with the status after each")
        void signIns() {
            SignUpHistory history = new SignUpHistory();
            story(history::apply);
            assertThat(history.user(POOL, "ben", Instant.MAX).orElseThrow().entries())
                    .extracting(HistoryEntry::step, HistoryEntry::statusAfter)
                    .containsExactly(
                            tuple(LifecycleStep.CREATED_BY_ADMIN, "FORCE_CHANGE_PASSWORD"),
                            tuple(LifecycleStep.PASSWORD_CHANGED, "CONFIRMED"),
                            tuple(LifecycleStep.SIGNED_IN, "CONFIRMED"));
            SignUpHistory restored = new SignUpHistory();
            restored.restore(history.state());
            assertThat(restored.users(POOL, Instant.MAX)).isEqualTo(history.users(POOL, Instant.MAX));
        }
    }
}
