package dev.cognitoes.http.user;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.cognitoes.delivery.DeliveryMedium;
import dev.cognitoes.user.api.CodeDeliveryDetails;
import dev.cognitoes.user.api.MessageAction;
import dev.cognitoes.user.api.MfaOption;
import dev.cognitoes.user.api.UserView;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Maps the user operations' wire shapes (Cognito's {@code SignUpRequest}, {@code UserType},
 * {@code AttributeType}, {@code CodeDeliveryDetailsType}, ...) to the domain's records and back. Request members
 * cognito-es does not act on yet ({@code ValidationData}, {@code ClientMetadata}, {@code AnalyticsMetadata},
 * {@code UserContextData}) are accepted and ignored.
 */
public final class UserWire {

    private UserWire() {
    }

    record SignUpRequest(String clientId, String secretHash, String username, String password,
                         List<AttributeWire> userAttributes) {
    }

    record ConfirmSignUpRequest(String clientId, String secretHash, String username, String confirmationCode,
                                Boolean forceAliasCreation) {
    }

    record ResendConfirmationCodeRequest(String clientId, String secretHash, String username) {
    }

    record AdminCreateUserRequest(String userPoolId, String username, List<AttributeWire> userAttributes,
                                  String temporaryPassword, Boolean forceAliasCreation, String messageAction,
                                  List<String> desiredDeliveryMediums) {
    }

    /**
     * AdminConfirmSignUp, AdminGetUser, AdminDeleteUser, AdminResetUserPassword, AdminDisableUser and
     * AdminEnableUser: a user of a pool.
     */
    record PoolUserRequest(String userPoolId, String username) {
    }

    record ForgotPasswordRequest(String clientId, String secretHash, String username) {
    }

    record ConfirmForgotPasswordRequest(String clientId, String secretHash, String username, String confirmationCode,
                                        String password) {
    }

    record AdminSetUserPasswordRequest(String userPoolId, String username, String password, Boolean permanent) {
    }

    record AdminUpdateUserAttributesRequest(String userPoolId, String username,
                                            List<AttributeWire> userAttributes) {
    }

    record AdminDeleteUserAttributesRequest(String userPoolId, String username, List<String> userAttributeNames) {
    }

    record AdminSetUserSettingsRequest(String userPoolId, String username,
                                       @JsonProperty("MFAOptions") List<MfaOptionWire> mfaOptions) {
    }

    /** Cognito's legacy {@code MFAOptionType}. */
    record MfaOptionWire(String deliveryMedium, String attributeName) {
    }

    record ListUsersRequest(String userPoolId, List<String> attributesToGet, Integer limit, String paginationToken,
                            String filter) {
    }

    record SignUpResponse(boolean userConfirmed, CodeDeliveryDetailsWire codeDeliveryDetails, String userSub) {
    }

    record ResendConfirmationCodeResponse(CodeDeliveryDetailsWire codeDeliveryDetails) {
    }

    record ForgotPasswordResponse(CodeDeliveryDetailsWire codeDeliveryDetails) {
    }

    record AdminCreateUserResponse(UserTypeWire user) {
    }

    record AdminGetUserResponse(String username, List<AttributeWire> userAttributes, Instant userCreateDate,
                                Instant userLastModifiedDate, boolean enabled, String userStatus,
                                @JsonProperty("MFAOptions") List<MfaOptionWire> mfaOptions) {
    }

    record ListUsersResponse(List<UserTypeWire> users, String paginationToken) {
    }

    /** Cognito's {@code UserType}, as ListUsers and ListUsersInGroup answer it. */
    public record UserTypeWire(String username, List<AttributeWire> attributes, Instant userCreateDate,
                        Instant userLastModifiedDate, boolean enabled, String userStatus) {
    }

    record AttributeWire(String name, String value) {
    }

    record CodeDeliveryDetailsWire(String destination, String deliveryMedium, String attributeName) {
    }

    /** The attributes by name, in request order; an attribute sent without a value counts as empty. */
    static Map<String, String> attributes(List<AttributeWire> attributes) {
        Map<String, String> byName = new LinkedHashMap<>();
        if (attributes != null) {
            attributes.forEach(a -> byName.put(a.name(), a.value() == null ? "" : a.value()));
        }
        return byName;
    }

    static MessageAction messageAction(String messageAction) {
        return messageAction == null ? null : MessageAction.valueOf(messageAction);
    }

    static Set<DeliveryMedium> mediums(List<String> mediums) {
        return mediums == null ? Set.of()
                : mediums.stream().map(DeliveryMedium::valueOf).collect(Collectors.toUnmodifiableSet());
    }

    static CodeDeliveryDetailsWire delivery(CodeDeliveryDetails details) {
        return details == null ? null : new CodeDeliveryDetailsWire(details.destination(), details.medium().name(),
                details.attributeName());
    }

    /** A user as Cognito's {@code UserType}. */
    public static UserTypeWire user(UserView user) {
        return new UserTypeWire(user.username(), attributeList(user), user.createDate(), user.lastModifiedDate(),
                user.enabled(), user.status().name());
    }

    static AdminGetUserResponse adminGetUser(UserView user) {
        return new AdminGetUserResponse(user.username(), attributeList(user), user.createDate(),
                user.lastModifiedDate(), user.enabled(), user.status().name(), mfaOptionList(user));
    }

    /** The user's legacy MFA settings as {@code MFAOptions}, or {@code null} (absent) when there are none. */
    static List<MfaOptionWire> mfaOptionList(UserView user) {
        return user.mfaOptions().isEmpty() ? null : user.mfaOptions().stream()
                .map(o -> new MfaOptionWire(o.deliveryMedium().name(), o.attributeName())).toList();
    }

    /** The legacy MFA settings of AdminSetUserSettings; the domain refuses a missing medium or attribute name. */
    static List<MfaOption> mfaOptions(List<MfaOptionWire> options) {
        if (options == null) {
            return List.of();
        }
        return options.stream().map(o -> new MfaOption(o.deliveryMedium() == null ? null
                : DeliveryMedium.valueOf(o.deliveryMedium()), o.attributeName())).toList();
    }

    private static List<AttributeWire> attributeList(UserView user) {
        return user.attributes().entrySet().stream().map(a -> new AttributeWire(a.getKey(), a.getValue())).toList();
    }
}
