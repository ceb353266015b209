package dev.cognitoes.http.user;

import static dev.cognitoes.http.operation.OperationHandler.emptyResponse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cognitoes.config.CognitoRuntime;
import dev.cognitoes.http.operation.OperationHandler;
import dev.cognitoes.http.operation.OperationSet;
import dev.cognitoes.http.operation.RequestContext;
import dev.cognitoes.http.user.UserWire.AdminCreateUserRequest;
import dev.cognitoes.http.user.UserWire.AdminCreateUserResponse;
import dev.cognitoes.http.user.UserWire.AdminDeleteUserAttributesRequest;
import dev.cognitoes.http.user.UserWire.AdminSetUserSettingsRequest;
import dev.cognitoes.http.user.UserWire.AdminUpdateUserAttributesRequest;
import dev.cognitoes.http.user.UserWire.AdminSetUserPasswordRequest;
import dev.cognitoes.http.user.UserWire.ConfirmForgotPasswordRequest;
import dev.cognitoes.http.user.UserWire.ConfirmSignUpRequest;
import dev.cognitoes.http.user.UserWire.ForgotPasswordRequest;
import dev.cognitoes.http.user.UserWire.ForgotPasswordResponse;
import dev.cognitoes.http.user.UserWire.ListUsersRequest;
import dev.cognitoes.http.user.UserWire.ListUsersResponse;
import dev.cognitoes.http.user.UserWire.PoolUserRequest;
import dev.cognitoes.http.user.UserWire.ResendConfirmationCodeRequest;
import dev.cognitoes.http.user.UserWire.ResendConfirmationCodeResponse;
import dev.cognitoes.http.user.UserWire.SignUpRequest;
import dev.cognitoes.http.user.UserWire.SignUpResponse;
import dev.cognitoes.http.wire.WireJson;
import dev.cognitoes.user.api.AdminConfirmSignUpCommand;
import dev.cognitoes.user.api.AdminCreateUserCommand;
import dev.cognitoes.user.api.AdminDeleteUserAttributesCommand;
import dev.cognitoes.user.api.AdminDeleteUserCommand;
import dev.cognitoes.user.api.AdminDisableUserCommand;
import dev.cognitoes.user.api.AdminEnableUserCommand;
import dev.cognitoes.user.api.AdminGetUserQuery;
import dev.cognitoes.user.api.AdminResetUserPasswordCommand;
import dev.cognitoes.user.api.AdminSetUserPasswordCommand;
import dev.cognitoes.user.api.AdminSetUserSettingsCommand;
import dev.cognitoes.user.api.AdminUpdateUserAttributesCommand;
import dev.cognitoes.user.api.ConfirmForgotPasswordCommand;
import dev.cognitoes.user.api.ConfirmSignUpCommand;
import dev.cognitoes.user.api.ForgotPasswordCommand;
import dev.cognitoes.user.api.ListUsersQuery;
import dev.cognitoes.user.api.ListUsersResult;
import dev.cognitoes.user.api.ResendConfirmationCodeCommand;
import dev.cognitoes.user.api.SignUpCommand;
import dev.cognitoes.user.api.SignUpResult;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * SignUp, ConfirmSignUp, ResendConfirmationCode, AdminConfirmSignUp, AdminCreateUser, AdminGetUser,
 * AdminDeleteUser, ListUsers, ForgotPassword, ConfirmForgotPassword, AdminSetUserPassword,
 * AdminResetUserPassword, AdminUpdateUserAttributes, AdminDeleteUserAttributes, AdminDisableUser, AdminEnableUser
 * and AdminSetUserSettings over HTTP. The region of a request plays no part: the pool or client named in it
 * decides.
 */
public final class UserOperations implements OperationSet {

    private final CognitoRuntime runtime;

    public UserOperations(CognitoRuntime runtime) {
        this.runtime = Objects.requireNonNull(runtime, "runtime");
    }

    @Override
    public Map<String, OperationHandler> handlers() {
        return Map.ofEntries(
                Map.entry("SignUp", this::signUp),
                Map.entry("ConfirmSignUp", emptyResponse(runtime, ConfirmSignUpRequest.class,
                        request -> new ConfirmSignUpCommand(request.clientId(), request.secretHash(),
                                request.username(), request.confirmationCode(),
                                Boolean.TRUE.equals(request.forceAliasCreation())))),
                Map.entry("ResendConfirmationCode", this::resendConfirmationCode),
                Map.entry("AdminConfirmSignUp", emptyResponse(runtime, PoolUserRequest.class,
                        request -> new AdminConfirmSignUpCommand(request.userPoolId(), request.username()))),
                Map.entry("AdminCreateUser", this::adminCreateUser),
                Map.entry("AdminGetUser", this::adminGetUser),
                Map.entry("AdminDeleteUser", emptyResponse(runtime, PoolUserRequest.class,
                        request -> new AdminDeleteUserCommand(request.userPoolId(), request.username()))),
                Map.entry("ListUsers", this::listUsers),
                Map.entry("ForgotPassword", this::forgotPassword),
                Map.entry("ConfirmForgotPassword", emptyResponse(runtime, ConfirmForgotPasswordRequest.class,
                        request -> new ConfirmForgotPasswordCommand(request.clientId(), request.secretHash(),
                                request.username(), request.confirmationCode(), request.password()))),
                Map.entry("AdminSetUserPassword", emptyResponse(runtime, AdminSetUserPasswordRequest.class,
                        request -> new AdminSetUserPasswordCommand(request.userPoolId(), request.username(),
                                request.password(), Boolean.TRUE.equals(request.permanent())))),
                Map.entry("AdminResetUserPassword", emptyResponse(runtime, PoolUserRequest.class,
                        request -> new AdminResetUserPasswordCommand(request.userPoolId(), request.username()))),
                Map.entry("AdminUpdateUserAttributes", emptyResponse(runtime, AdminUpdateUserAttributesRequest.class,
                        request -> new AdminUpdateUserAttributesCommand(request.userPoolId(), request.username(),
                                UserWire.attributes(request.userAttributes())))),
                Map.entry("AdminDeleteUserAttributes", emptyResponse(runtime, AdminDeleteUserAttributesRequest.class,
                        request -> new AdminDeleteUserAttributesCommand(request.userPoolId(), request.username(),
                                request.userAttributeNames() == null ? List.of() : request.userAttributeNames()))),
                Map.entry("AdminDisableUser", emptyResponse(runtime, PoolUserRequest.class,
                        request -> new AdminDisableUserCommand(request.userPoolId(), request.username()))),
                Map.entry("AdminEnableUser", emptyResponse(runtime, PoolUserRequest.class,
                        request -> new AdminEnableUserCommand(request.userPoolId(), request.username()))),
                Map.entry("AdminSetUserSettings", emptyResponse(runtime, AdminSetUserSettingsRequest.class,
                        request -> new AdminSetUserSettingsCommand(request.userPoolId(), request.username(),
                                UserWire.mfaOptions(request.mfaOptions())))));
    }

    private Object signUp(JsonNode body, RequestContext context) {
        SignUpRequest request = WireJson.read(body, SignUpRequest.class);
        SignUpResult result = runtime.send(new SignUpCommand(request.clientId(), request.secretHash(),
                request.username(), request.password(), UserWire.attributes(request.userAttributes())));
        return new SignUpResponse(result.userConfirmed(), UserWire.delivery(result.codeDeliveryDetails()),
                result.userSub());
    }

    private Object resendConfirmationCode(JsonNode body, RequestContext context) {
        ResendConfirmationCodeRequest request = WireJson.read(body, ResendConfirmationCodeRequest.class);
        return new ResendConfirmationCodeResponse(UserWire.delivery(runtime.send(new ResendConfirmationCodeCommand(
                request.clientId(), request.secretHash(), request.username())).codeDeliveryDetails()));
    }

    private Object adminCreateUser(JsonNode body, RequestContext context) {
        AdminCreateUserRequest request = WireJson.read(body, AdminCreateUserRequest.class);
        return new AdminCreateUserResponse(UserWire.user(runtime.send(new AdminCreateUserCommand(
                request.userPoolId(), request.username(), UserWire.attributes(request.userAttributes()),
                request.temporaryPassword(), Boolean.TRUE.equals(request.forceAliasCreation()),
                UserWire.messageAction(request.messageAction()),
                UserWire.mediums(request.desiredDeliveryMediums()))).user()));
    }

    private Object adminGetUser(JsonNode body, RequestContext context) {
        PoolUserRequest request = WireJson.read(body, PoolUserRequest.class);
        return UserWire.adminGetUser(runtime.query(new AdminGetUserQuery(request.userPoolId(), request.username())));
    }

    private Object listUsers(JsonNode body, RequestContext context) {
        ListUsersRequest request = WireJson.read(body, ListUsersRequest.class);
        ListUsersResult page = runtime.query(new ListUsersQuery(request.userPoolId(), request.attributesToGet(),
                request.limit(), request.paginationToken(), request.filter()));
        return new ListUsersResponse(page.users().stream().map(UserWire::user).toList(), page.paginationToken());
    }

    private Object forgotPassword(JsonNode body, RequestContext context) {
        ForgotPasswordRequest request = WireJson.read(body, ForgotPasswordRequest.class);
        return new ForgotPasswordResponse(UserWire.delivery(runtime.send(new ForgotPasswordCommand(request.clientId(),
                request.secretHash(), request.username())).codeDeliveryDetails()));
    }

}
