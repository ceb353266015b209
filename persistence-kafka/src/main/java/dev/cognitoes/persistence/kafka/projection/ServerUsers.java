package dev.cognitoes.persistence.kafka.projection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cognitoes.config.CognitoRuntime;
import dev.cognitoes.user.api.ListUsersQuery;
import dev.cognitoes.user.api.ListUsersResult;
import dev.cognitoes.user.api.UserView;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The users a cognito-es server's own read model holds for a pool, to compare a projection with. */
@FunctionalInterface
public interface ServerUsers {

    /** One user as the server's read model shows it. */
    record ServerUser(String sub, String username, String status) {
    }

    /** Every user of the pool, in any order. */
    List<ServerUser> list(String userPoolId);

    /** The users of an embedded runtime, through ListUsers. */
    static ServerUsers of(CognitoRuntime runtime) {
        Objects.requireNonNull(runtime, "runtime");
        return userPoolId -> {
            List<ServerUser> users = new ArrayList<>();
            String token = null;
            do {
                ListUsersResult page = runtime.query(new ListUsersQuery(userPoolId, null, 60, token, null));
                for (UserView user : page.users()) {
                    users.add(new ServerUser(user.sub(), user.username(), user.status().name()));
                }
                token = page.paginationToken();
            } while (token != null);
            return users;
        };
    }

    /**
     * The users of a running server, through the ListUsers operation of its AWS JSON 1.1 endpoint (unsigned, as
     * cognito-es accepts).
     *
     * @throws IllegalStateException from {@link #list} when the server does not answer or refuses
     */
    static ServerUsers overHttp(URI endpoint) {
        Objects.requireNonNull(endpoint, "endpoint");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        ObjectMapper json = new ObjectMapper();
        return userPoolId -> {
            List<ServerUser> users = new ArrayList<>();
            String token = null;
            do {
                ObjectNode body = json.createObjectNode().put("UserPoolId", userPoolId).put("Limit", 60);
                if (token != null) {
                    body.put("PaginationToken", token);
                }
                HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/x-amz-json-1.1")
                        .header("X-Amz-Target", "AWSCognitoIdentityProviderService.ListUsers")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
                JsonNode page;
                try {
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    page = json.readTree(response.body());
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("ListUsers at " + endpoint + " answered "
                                + response.statusCode() + " " + page.path("__type").asText() + ": "
                                + page.path("message").asText());
                    }
                } catch (IOException e) {
                    throw new IllegalStateException("could not call ListUsers at " + endpoint + ": " + e.getMessage(),
                            e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted calling ListUsers at " + endpoint, e);
                }
                for (JsonNode user : page.path("Users")) {
                    String sub = null;
                    for (JsonNode attribute : user.path("Attributes")) {
                        if ("sub".equals(attribute.path("Name").asText())) {
                            sub = attribute.path("Value").asText();
                        }
                    }
                    users.add(new ServerUser(sub, user.path("Username").asText(), user.path("UserStatus").asText()));
                }
                token = page.hasNonNull("PaginationToken") ? page.get("PaginationToken").asText() : null;
            } while (token != null);
            return users;
        };
    }
}
