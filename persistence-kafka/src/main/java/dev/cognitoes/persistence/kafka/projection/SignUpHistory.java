package dev.cognitoes.persistence.kafka.projection;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * For every user, every lifecycle step with its time: signed up or created, code sent, confirmed, signed in,
 * password changed, deleted, and the user's other events. Answers "as of" any past instant: the history and status
 * a user had then. Built from the events topic alone, by a {@link KafkaProjectionRunner}.
 *
 * <p>Times are the events' {@code cognito.timestamp} headers. Events of other aggregates (pools, clients, groups,
 * name claims) are ignored, except a pool's deletion, which ends the history of each of its users.
 */
public final class SignUpHistory implements EventLogProjection {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final TypeReference<List<UserHistory>> STATE = new TypeReference<>() {
    };

    private final Map<String, Map<String, UserHistory>> usersByPool = new LinkedHashMap<>();

    @Override
    public synchronized void apply(PublishedEvent event) {
        if ("UserPoolDeletedEvent".equals(event.simpleType())) {
            Map<String, UserHistory> users = usersByPool.getOrDefault(event.userPoolId(), Map.of());
            for (UserHistory user : List.copyOf(users.values())) {
                if (!user.deleted()) {
                    append(user, new HistoryEntry(event.timestamp(), LifecycleStep.DELETED, event.simpleType(),
                            null));
                }
            }
            return;
        }
        if (!"User".equals(event.aggregateType()) || event.text("sub") == null || event.userPoolId() == null) {
            return;
        }
        Map<String, UserHistory> users = usersByPool.computeIfAbsent(event.userPoolId(), k -> new LinkedHashMap<>());
        String sub = event.text("sub");
        UserHistory user = users.get(sub);
        if (user == null) {
            user = new UserHistory(event.userPoolId(), sub, event.text("username"), List.of());
            users.put(sub, user);
        }
        String before = user.status();
        HistoryEntry entry = switch (event.simpleType()) {
            case "UserSignedUpEvent" -> entry(event, LifecycleStep.SIGNED_UP, "UNCONFIRMED");
            case "UserCreatedByAdminEvent" -> entry(event, LifecycleStep.CREATED_BY_ADMIN, "FORCE_CHANGE_PASSWORD");
            case "ConfirmationCodeSentEvent" -> entry(event, LifecycleStep.CODE_SENT, before);
            case "InvitationSentEvent" -> entry(event, LifecycleStep.INVITATION_SENT, before);
            case "UserConfirmedEvent" -> entry(event, LifecycleStep.CONFIRMED, "CONFIRMED");
            case "UserSignedInEvent" -> entry(event, LifecycleStep.SIGNED_IN, before);
            case "PasswordResetEvent", "TemporaryPasswordReplacedEvent" ->
                    entry(event, LifecycleStep.PASSWORD_CHANGED, "CONFIRMED");
            case "PasswordSetByAdministratorEvent" -> entry(event, LifecycleStep.PASSWORD_CHANGED,
                    event.payload().path("permanent").asBoolean() ? "CONFIRMED" : "FORCE_CHANGE_PASSWORD");
            case "PasswordResetCodeSentEvent" -> entry(event, LifecycleStep.PASSWORD_RESET_CODE_SENT, before);
            case "PasswordResetRequiredEvent" -> entry(event, LifecycleStep.PASSWORD_RESET_REQUIRED,
                    "RESET_REQUIRED");
            case "UserDeletedEvent" -> entry(event, LifecycleStep.DELETED, null);
            default -> entry(event, LifecycleStep.OTHER, before);
        };
        append(user, entry);
    }

    private static HistoryEntry entry(PublishedEvent event, LifecycleStep step, String statusAfter) {
        return new HistoryEntry(event.timestamp(), step, event.simpleType(), statusAfter);
    }

    private void append(UserHistory user, HistoryEntry entry) {
        List<HistoryEntry> entries = new ArrayList<>(user.entries());
        int at = entries.size();
        while (at > 0 && entries.get(at - 1).at().isAfter(entry.at())) {
            at--;
        }
        entries.add(at, entry);
        String username = user.username();
        usersByPool.get(user.userPoolId()).put(user.sub(), new UserHistory(user.userPoolId(), user.sub(), username,
                entries));
    }

    /**
     * The history, up to {@code asOf} included, of the user who had {@code usernameOrSub} in the pool at that
     * instant: the username as created (compared exactly, then ignoring case) or the user's {@code sub}. When a
     * username was used again after its user was deleted, the user created last before {@code asOf} answers.
     */
    public synchronized Optional<UserHistory> user(String userPoolId, String usernameOrSub, Instant asOf) {
        List<UserHistory> candidates = users(userPoolId, asOf, true).stream()
                .filter(u -> u.sub().equals(usernameOrSub) || usernameOrSub.equals(u.username()))
                .toList();
        if (candidates.isEmpty()) {
            candidates = users(userPoolId, asOf, true).stream()
                    .filter(u -> usernameOrSub.equalsIgnoreCase(u.username()))
                    .toList();
        }
        return candidates.stream().max(Comparator.comparing(u -> u.entries().get(0).at()));
    }

    /**
     * Every user of the pool who existed at or before {@code asOf}, deleted ones included, each with the history up
     * to {@code asOf}, oldest user first.
     */
    public synchronized List<UserHistory> users(String userPoolId, Instant asOf) {
        return users(userPoolId, asOf, true);
    }

    private List<UserHistory> users(String userPoolId, Instant asOf, boolean includeDeleted) {
        List<UserHistory> result = new ArrayList<>();
        for (UserHistory user : usersByPool.getOrDefault(userPoolId, Map.of()).values()) {
            List<HistoryEntry> upTo = user.entries().stream().filter(e -> !e.at().isAfter(asOf)).toList();
            if (!upTo.isEmpty() && (includeDeleted || upTo.get(upTo.size() - 1).step() != LifecycleStep.DELETED)) {
                result.add(new UserHistory(user.userPoolId(), user.sub(), user.username(), upTo));
            }
        }
        result.sort(Comparator.comparing(u -> u.entries().get(0).at()));
        return result;
    }

    /** The users of the pool who exist now (not deleted), with their whole history. */
    public synchronized List<UserHistory> currentUsers(String userPoolId) {
        return users(userPoolId, Instant.MAX, false);
    }

    @Override
    public synchronized JsonNode state() {
        List<UserHistory> all = new ArrayList<>();
        usersByPool.values().forEach(users -> all.addAll(users.values()));
        return JSON.valueToTree(all);
    }

    @Override
    public synchronized void restore(JsonNode state) {
        usersByPool.clear();
        if (state == null) {
            return;
        }
        for (UserHistory user : JSON.convertValue(state, STATE)) {
            usersByPool.computeIfAbsent(user.userPoolId(), k -> new LinkedHashMap<>()).put(user.sub(), user);
        }
    }
}
