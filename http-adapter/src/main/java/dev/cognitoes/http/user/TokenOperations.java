package dev.cognitoes.http.user;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.cognitoes.config.CognitoRuntime;
import dev.cognitoes.http.operation.OperationHandler;
import dev.cognitoes.http.operation.OperationSet;
import dev.cognitoes.http.operation.RequestContext;
import dev.cognitoes.http.user.TokenWire.AccessTokenRequest;
import dev.cognitoes.http.user.TokenWire.ChangePasswordRequest;
import dev.cognitoes.http.user.TokenWire.GetTokensFromRefreshTokenRequest;
import dev.cognitoes.http.user.TokenWire.GetTokensFromRefreshTokenResponse;
import dev.cognitoes.http.user.TokenWire.RevokeTokenRequest;
import dev.cognitoes.http.user.UserWire.PoolUserRequest;
import dev.cognitoes.http.wire.WireJson;
import dev.cognitoes.user.api.AdminUserGlobalSignOutCommand;
import dev.cognitoes.user.api.ChangePasswordCommand;
import dev.cognitoes.user.api.GetTokensFromRefreshTokenCommand;
import dev.cognitoes.user.api.GetUserQuery;
import dev.cognitoes.user.api.GlobalSignOutCommand;
import dev.cognitoes.user.api.RevokeTokenCommand;
import java.util.Map;
import java.util.Objects;

/**
 * GetUser, GlobalSignOut, AdminUserGlobalSignOut, RevokeToken, ChangePassword and GetTokensFromRefreshToken over
 * HTTP: the operations authorized by a token rather than by AWS credentials.
 */
public final class TokenOperations implements OperationSet {

    private final CognitoRuntime runtime;

    public TokenOperations(CognitoRuntime runtime) {
        this.runtime = Objects.requireNonNull(runtime, "runtime");
    }

    @Override
    public Map<String, OperationHandler> handlers() {
        return Map.of(
                "GetUser", this::getUser,
                "GlobalSignOut", this::globalSignOut,
                "AdminUserGlobalSignOut", this::adminUserGlobalSignOut,
                "RevokeToken", this::revokeToken,
                "ChangePassword", this::changePassword,
                "GetTokensFromRefreshToken", this::getTokensFromRefreshToken);
    }

    private Object getUser(JsonNode body, RequestContext context) {
        AccessTokenRequest request = WireJson.read(body, AccessTokenRequest.class);
        return TokenWire.getUser(runtime.query(new GetUserQuery(request.accessToken())));
    }

    private Object globalSignOut(JsonNode body, RequestContext context) {
        AccessTokenRequest request = WireJson.read(body, AccessTokenRequest.class);
        runtime.send(new GlobalSignOutCommand(request.accessToken()));
        return JsonNodeFactory.instance.objectNode();
    }

    private Object adminUserGlobalSignOut(JsonNode body, RequestContext context) {
        PoolUserRequest request = WireJson.read(body, PoolUserRequest.class);
        runtime.send(new AdminUserGlobalSignOutCommand(request.userPoolId(), request.username()));
        return JsonNodeFactory.instance.objectNode();
    }

    private Object revokeToken(JsonNode body, RequestContext context) {
        RevokeTokenRequest request = WireJson.read(body, RevokeTokenRequest.class);
        runtime.send(new RevokeTokenCommand(request.token(), request.clientId(), request.clientSecret()));
        return JsonNodeFactory.instance.objectNode();
    }

    private Object changePassword(JsonNode body, RequestContext context) {
        ChangePasswordRequest request = WireJson.read(body, ChangePasswordRequest.class);
        runtime.send(new ChangePasswordCommand(request.accessToken(), request.previousPassword(),
                request.proposedPassword()));
        return JsonNodeFactory.instance.objectNode();
    }

    private Object getTokensFromRefreshToken(JsonNode body, RequestContext context) {
        GetTokensFromRefreshTokenRequest request = WireJson.read(body, GetTokensFromRefreshTokenRequest.class);
        return new GetTokensFromRefreshTokenResponse(SignInWire.response(runtime.send(
                new GetTokensFromRefreshTokenCommand(request.refreshToken(), request.clientId(),
                        request.clientSecret(), request.deviceKey()))).authenticationResult());
    }
}
