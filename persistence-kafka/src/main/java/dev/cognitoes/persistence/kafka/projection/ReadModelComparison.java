package dev.cognitoes.persistence.kafka.projection;

import dev.cognitoes.persistence.kafka.projection.ServerUsers.ServerUser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares the users a {@link SignUpHistory} rebuilt from Kafka holds for a pool with the server's own read model:
 * the same users (by {@code sub}), with the same username and status.
 */
public final class ReadModelComparison {

    private ReadModelComparison() {
    }

    /** Every difference found, one sentence each; empty when the two agree. */
    public static List<String> differences(String userPoolId, SignUpHistory history, ServerUsers server) {
        Objects.requireNonNull(userPoolId, "userPoolId");
        Map<String, UserHistory> fromKafka = new LinkedHashMap<>();
        history.currentUsers(userPoolId).forEach(user -> fromKafka.put(user.sub(), user));
        Map<String, ServerUser> fromServer = new LinkedHashMap<>();
        server.list(userPoolId).forEach(user -> fromServer.put(user.sub(), user));
        List<String> differences = new ArrayList<>();
        fromKafka.forEach((sub, user) -> {
            ServerUser onServer = fromServer.get(sub);
            if (onServer == null) {
                differences.add("user " + user.username() + " (" + sub + ") exists in Kafka but not on the server");
                return;
            }
            if (!Objects.equals(user.username(), onServer.username())) {
                differences.add("user " + sub + " is named " + user.username() + " in Kafka but "
                        + onServer.username() + " on the server");
            }
            if (!Objects.equals(user.status(), onServer.status())) {
                differences.add("user " + user.username() + " (" + sub + ") is " + user.status() + " in Kafka but "
                        + onServer.status() + " on the server");
            }
        });
        fromServer.forEach((sub, user) -> {
            if (!fromKafka.containsKey(sub)) {
                differences.add("user " + user.username() + " (" + sub + ") exists on the server but not in Kafka");
            }
        });
        return differences;
    }
}
