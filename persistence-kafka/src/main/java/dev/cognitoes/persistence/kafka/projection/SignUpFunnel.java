package dev.cognitoes.persistence.kafka.projection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Per user pool and day (UTC, by the events' {@code cognito.timestamp}): how many users signed up, were confirmed
 * and signed in for the first time. Each count falls on the day its own event happened. Built from the events
 * topic alone, by a {@link KafkaProjectionRunner}.
 */
public final class SignUpFunnel implements EventLogProjection {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Map<LocalDate, long[]>> counts = new LinkedHashMap<>();
    private final Set<String> signedIn = new HashSet<>();

    @Override
    public synchronized void apply(PublishedEvent event) {
        if (!"User".equals(event.aggregateType()) || event.userPoolId() == null) {
            return;
        }
        int column = switch (event.simpleType()) {
            case "UserSignedUpEvent" -> 0;
            case "UserConfirmedEvent" -> 1;
            case "UserSignedInEvent" -> signedIn.add(event.userPoolId() + "/" + event.text("sub")) ? 2 : -1;
            default -> -1;
        };
        if (column >= 0) {
            LocalDate day = LocalDate.ofInstant(event.timestamp(), ZoneOffset.UTC);
            counts.computeIfAbsent(event.userPoolId(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(day, k -> new long[3])[column]++;
        }
    }

    /** The pool's days with any count, oldest first. */
    public synchronized List<FunnelDay> days(String userPoolId) {
        List<FunnelDay> days = new ArrayList<>();
        counts.getOrDefault(userPoolId, Map.of()).forEach((day, c) ->
                days.add(new FunnelDay(userPoolId, day, c[0], c[1], c[2])));
        days.sort(Comparator.comparing(FunnelDay::day));
        return days;
    }

    /** The pool's funnel on one day; zeros when nothing happened. */
    public synchronized FunnelDay day(String userPoolId, LocalDate day) {
        long[] c = counts.getOrDefault(userPoolId, Map.of()).getOrDefault(day, new long[3]);
        return new FunnelDay(userPoolId, day, c[0], c[1], c[2]);
    }

    @Override
    public synchronized JsonNode state() {
        ObjectNode state = JSON.createObjectNode();
        ArrayNode days = state.putArray("days");
        counts.forEach((pool, byDay) -> byDay.forEach((day, c) -> days.addObject().put("userPoolId", pool)
                .put("day", day.toString()).put("signUps", c[0]).put("confirmations", c[1])
                .put("firstSignIns", c[2])));
        ArrayNode users = state.putArray("signedIn");
        signedIn.stream().sorted().forEach(users::add);
        return state;
    }

    @Override
    public synchronized void restore(JsonNode state) {
        counts.clear();
        signedIn.clear();
        if (state == null) {
            return;
        }
        for (JsonNode day : state.path("days")) {
            counts.computeIfAbsent(day.path("userPoolId").asText(), k -> new LinkedHashMap<>())
                    .put(LocalDate.parse(day.path("day").asText()), new long[] {day.path("signUps").asLong(),
                            day.path("confirmations").asLong(), day.path("firstSignIns").asLong()});
        }
        state.path("signedIn").forEach(user -> signedIn.add(user.asText()));
    }
}
