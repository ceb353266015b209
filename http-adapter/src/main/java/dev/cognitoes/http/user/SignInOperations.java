package dev.cognitoes.http.user;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cognitoes.config.CognitoRuntime;
import dev.cognitoes.http.operation.OperationHandler;
import dev.cognitoes.http.operation.OperationSet;
import dev.cognitoes.http.operation.RequestContext;
import dev.cognitoes.http.user.SignInWire.AdminInitiateAuthRequest;
import dev.cognitoes.http.user.SignInWire.AdminRespondToAuthChallengeRequest;
import dev.cognitoes.http.user.SignInWire.InitiateAuthRequest;
import dev.cognitoes.http.user.SignInWire.RespondToAuthChallengeRequest;
import dev.cognitoes.http.wire.WireJson;
import dev.cognitoes.user.api.AdminInitiateAuthCommand;
import dev.cognitoes.user.api.AdminRespondToAuthChallengeCommand;
import dev.cognitoes.user.api.InitiateAuthCommand;
import dev.cognitoes.user.api.RespondToAuthChallengeCommand;
import java.util.Map;
import java.util.Objects;

/** InitiateAuth, AdminInitiateAuth, RespondToAuthChallenge and AdminRespondToAuthChallenge over HTTP. */
public final class SignInOperations implements OperationSet {

    private final CognitoRuntime runtime;

    public SignInOperations(CognitoRuntime runtime) {
        this.runtime = Objects.requireNonNull(runtime, "runtime");
    }

    @Override
    public Map<String, OperationHandler> handlers() {
        return Map.of(
                "InitiateAuth", this::initiateAuth,
                "AdminInitiateAuth", this::adminInitiateAuth,
                "RespondToAuthChallenge", this::respondToAuthChallenge,
                "AdminRespondToAuthChallenge", this::adminRespondToAuthChallenge);
    }

    private Object initiateAuth(JsonNode body, RequestContext context) {
        InitiateAuthRequest request = WireJson.read(body, InitiateAuthRequest.class);
        return SignInWire.response(runtime.send(new InitiateAuthCommand(request.clientId(), request.authFlow(),
                SignInWire.parameters(request.authParameters()))));
    }

    private Object adminInitiateAuth(JsonNode body, RequestContext context) {
        AdminInitiateAuthRequest request = WireJson.read(body, AdminInitiateAuthRequest.class);
        return SignInWire.response(runtime.send(new AdminInitiateAuthCommand(request.userPoolId(),
                request.clientId(), request.authFlow(), SignInWire.parameters(request.authParameters()))));
    }

    private Object respondToAuthChallenge(JsonNode body, RequestContext context) {
        RespondToAuthChallengeRequest request = WireJson.read(body, RespondToAuthChallengeRequest.class);
        return SignInWire.response(runtime.send(new RespondToAuthChallengeCommand(request.clientId(),
                request.challengeName(), request.session(), SignInWire.parameters(request.challengeResponses()))));
    }

    private Object adminRespondToAuthChallenge(JsonNode body, RequestContext context) {
        AdminRespondToAuthChallengeRequest request = WireJson.read(body, AdminRespondToAuthChallengeRequest.class);
        return SignInWire.response(runtime.send(new AdminRespondToAuthChallengeCommand(request.userPoolId(),
                request.clientId(), request.challengeName(), request.session(),
                SignInWire.parameters(request.challengeResponses()))));
    }
}
