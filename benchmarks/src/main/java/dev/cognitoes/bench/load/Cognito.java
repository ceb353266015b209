package dev.cognitoes.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Map;

/** The Cognito operations the load generator sends, over one {@link HttpConnection}. */
final class Cognito implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String PASSWORD = "Bench-Passw0rd!";

    /** A reply other than 200, named by its {@code __type}. */
    static final class Refused extends Exception {
        final String type;

        Refused(int status, byte[] body) {
            super(status + " " + new String(body, 0, Math.min(body.length, 300), java.nio.charset.StandardCharsets.UTF_8),
                    null, false, false);
            String name;
            try {
                JsonNode error = JSON.readTree(body);
                name = error.path("__type").asText(error.path("code").asText("HTTP " + status));
            } catch (IOException notJson) {
                name = "HTTP " + status;
            }
            this.type = name.substring(name.lastIndexOf('#') + 1);
        }
    }

    private final HttpConnection http;

    Cognito(String host, int port) {
        this.http = new HttpConnection(host, port);
    }

    JsonNode call(String operation, ObjectNode request) throws IOException, Refused {
        HttpConnection.Response response = http.post(operation, JSON.writeValueAsBytes(request));
        if (response.status() != 200) {
            throw new Refused(response.status(), response.body());
        }
        return JSON.readTree(response.body());
    }

    String createUserPool(String name) throws IOException, Refused {
        return call("CreateUserPool", JSON.createObjectNode().put("PoolName", name)).path("UserPool").path("Id")
                .asText();
    }

    String createClient(String poolId) throws IOException, Refused {
        ObjectNode request = JSON.createObjectNode().put("UserPoolId", poolId).put("ClientName", "bench");
        request.putArray("ExplicitAuthFlows").add("ALLOW_USER_PASSWORD_AUTH").add("ALLOW_USER_SRP_AUTH")
                .add("ALLOW_REFRESH_TOKEN_AUTH");
        return call("CreateUserPoolClient", request).path("UserPoolClient").path("ClientId").asText();
    }

    void signUp(String clientId, String username) throws IOException, Refused {
        ObjectNode request = JSON.createObjectNode().put("ClientId", clientId).put("Username", username)
                .put("Password", PASSWORD);
        request.putArray("UserAttributes").addObject().put("Name", "email").put("Value", username + "@example.com");
        call("SignUp", request);
    }

    void adminConfirmSignUp(String poolId, String username) throws IOException, Refused {
        call("AdminConfirmSignUp", JSON.createObjectNode().put("UserPoolId", poolId).put("Username", username));
    }

    JsonNode initiateAuth(String clientId, String flow, Map<String, String> parameters) throws IOException, Refused {
        ObjectNode request = JSON.createObjectNode().put("ClientId", clientId).put("AuthFlow", flow);
        ObjectNode params = request.putObject("AuthParameters");
        parameters.forEach(params::put);
        return call("InitiateAuth", request);
    }

    String passwordSignIn(String clientId, String username) throws IOException, Refused {
        return initiateAuth(clientId, "USER_PASSWORD_AUTH", Map.of("USERNAME", username, "PASSWORD", PASSWORD))
                .path("AuthenticationResult").path("AccessToken").asText();
    }

    JsonNode respondToAuthChallenge(String clientId, String challenge, String session, Map<String, String> responses)
            throws IOException, Refused {
        ObjectNode request = JSON.createObjectNode().put("ClientId", clientId).put("ChallengeName", challenge)
                .put("Session", session);
        ObjectNode params = request.putObject("ChallengeResponses");
        responses.forEach(params::put);
        return call("RespondToAuthChallenge", request);
    }

    void getUser(String accessToken) throws IOException, Refused {
        call("GetUser", JSON.createObjectNode().put("AccessToken", accessToken));
    }

    @Override
    public void close() {
        http.close();
    }
}
