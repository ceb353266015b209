package dev.cognitoes.http.user;

import static dev.cognitoes.http.operation.OperationHandler.emptyResponse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cognitoes.config.CognitoRuntime;
import dev.cognitoes.http.operation.OperationHandler;
import dev.cognitoes.http.operation.OperationSet;
import dev.cognitoes.http.operation.RequestContext;
import dev.cognitoes.http.user.TokenWire.AccessTokenRequest;
import dev.cognitoes.http.user.TokenWire.ChangePasswordRequest;
import dev.cognitoes.http.user.TokenWire.DeleteUserAttributesRequest;
import dev.cognitoes.http.user.TokenWire.GetTokensFromRefreshTokenRequest;
import dev.cognitoes.http.user.TokenWire.GetTokensFromRefreshTokenResponse;
import dev.cognitoes.http.user.TokenWire.GetUserAttributeVerificationCodeRequest;
import dev.cognitoes.http.user.TokenWire.GetUserAttributeVerificationCodeResponse;
import dev.cognitoes.http.user.TokenWire.RevokeTokenRequest;
import dev.cognitoes.http.user.TokenWire.SetUserSettingsRequest;
import dev.cognitoes.http.user.TokenWire.UpdateUserAttributesRequest;
import dev.cognitoes.http.user.TokenWire.UpdateUserAttributesResponse;
import dev.cognitoes.http.user.TokenWire.VerifyUserAttributeRequest;
import dev.cognitoes.http.user.UserWire.PoolUserRequest;
import dev.cognitoes.http.wire.WireJson;
import dev.cognitoes.user.api.AdminUserGlobalSignOutCommand;
import dev.cognitoes.user.api.ChangePasswordCommand;
import dev.cognitoes.user.api.DeleteUserAttributesCommand;
import dev.cognitoes.user.api.GetTokensFromRefreshTokenCommand;
import dev.cognitoes.user.api.GetUserAttributeVerificationCodeCommand;
import dev.cognitoes.user.api.GetUserQuery;
import dev.cognitoes.user.api.GlobalSignOutCommand;
import dev.cognitoes.user.api.RevokeTokenCommand;
import dev.cognitoes.user.api.SetUserSettingsCommand;
import dev.cognitoes.user.api.UpdateUserAttributesCommand;
import dev.cognitoes.user.api.UpdateUserAttributesResult;
import dev.cognitoes.user.api.VerifyUserAttributeCommand;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * GetUser, GlobalSignOut, AdminUserGlobalSignOut, RevokeToken, ChangePassword, GetTokensFromRefreshToken,
 * UpdateUserAttributes, DeleteUserAttributes, GetUserAttributeVerificationCode, VerifyUserAttribute and
 * SetUserSettings over HTTP: the operations authorized by a token rather than by AWS credentials.
 */
public final class TokenOperations implements OperationSet {

    private final CognitoRuntime runtime;

    public TokenOperations(CognitoRuntime runtime) {
        this.runtime = Objects.requireNonNull(runtime, "runtime");
    }

    @Override
    public Map<String, OperationHandler> handlers() {
        return Map.ofEntries(
                Map.entry("GetUser", this::getUser),
                Map.entry("GlobalSignOut", emptyResponse(runtime, AccessTokenRequest.class,
                        request -> new GlobalSignOutCommand(request.accessToken()))),
                Map.entry("AdminUserGlobalSignOut", emptyResponse(runtime, PoolUserRequest.class,
                        request -> new AdminUserGlobalSignOutCommand(request.userPoolId(), request.username()))),
                Map.entry("RevokeToken", emptyResponse(runtime, RevokeTokenRequest.class,
                        request -> new RevokeTokenCommand(request.token(), request.clientId(),
                                request.clientSecret()))),
                Map.entry("ChangePassword", emptyResponse(runtime, ChangePasswordRequest.class,
                        request -> new ChangePasswordCommand(request.accessToken(), request.previousPassword(),
                                request.proposedPassword()))),
                Map.entry("GetTokensFromRefreshToken", this::getTokensFromRefreshToken),
                Map.entry("UpdateUserAttributes", this::updateUserAttributes),
                Map.entry("DeleteUserAttributes", emptyResponse(runtime, DeleteUserAttributesRequest.class,
                        request -> new DeleteUserAttributesCommand(request.accessToken(),
                                request.userAttributeNames() == null ? List.of() : request.userAttributeNames()))),
                Map.entry("GetUserAttributeVerificationCode", this::getUserAttributeVerificationCode),
                Map.entry("VerifyUserAttribute", emptyResponse(runtime, VerifyUserAttributeRequest.class,
                        request -> new VerifyUserAttributeCommand(request.accessToken(), request.attributeName(),
                                request.code()))),
                Map.entry("SetUserSettings", emptyResponse(runtime, SetUserSettingsRequest.class,
                        request -> new SetUserSettingsCommand(request.accessToken(),
                                UserWire.mfaOptions(request.mfaOptions())))));
    }

    private Object updateUserAttributes(JsonNode body, RequestContext context) {
        UpdateUserAttributesRequest request = WireJson.read(body, UpdateUserAttributesRequest.class);
        UpdateUserAttributesResult result = runtime.send(new UpdateUserAttributesCommand(request.accessToken(),
                UserWire.attributes(request.userAttributes())));
        return new UpdateUserAttributesResponse(result.codeDeliveryDetailsList().stream().map(UserWire::delivery)
                .toList());
    }

    private Object getUserAttributeVerificationCode(JsonNode body, RequestContext context) {
        GetUserAttributeVerificationCodeRequest request = WireJson.read(body,
                GetUserAttributeVerificationCodeRequest.class);
        return new GetUserAttributeVerificationCodeResponse(UserWire.delivery(runtime.send(
                new GetUserAttributeVerificationCodeCommand(request.accessToken(), request.attributeName()))
                .codeDeliveryDetails()));
    }

    private Object getUser(JsonNode body, RequestContext context) {
        AccessTokenRequest request = WireJson.read(body, AccessTokenRequest.class);
        return TokenWire.getUser(runtime.query(new GetUserQuery(request.accessToken())));
    }

    private Object getTokensFromRefreshToken(JsonNode body, RequestContext context) {
        GetTokensFromRefreshTokenRequest request = WireJson.read(body, GetTokensFromRefreshTokenRequest.class);
        return new GetTokensFromRefreshTokenResponse(SignInWire.response(runtime.send(
                new GetTokensFromRefreshTokenCommand(request.refreshToken(), request.clientId(),
                        request.clientSecret(), request.deviceKey()))).authenticationResult());
    }
}
