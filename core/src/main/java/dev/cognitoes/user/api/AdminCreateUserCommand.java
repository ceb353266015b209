package dev.cognitoes.user.api;

import dev.cognitoes.delivery.DeliveryMedium;
import dev.cognitoes.shared.CognitoCommand;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * AdminCreateUser: an administrator creates a user who must choose a password at the first sign-in
 * ({@code FORCE_CHANGE_PASSWORD}), and invites the user by email and/or SMS.
 *
 * @param temporaryPassword      the temporary password in clear, or {@code null} to have one generated that
 *                               follows the pool's password policy
 * @param forceAliasCreation     move a verified email or phone alias from the user holding it to the new user
 * @param messageAction          {@code null} to invite a new user, {@link MessageAction#RESEND} to invite an
 *                               existing {@code FORCE_CHANGE_PASSWORD} user again with a new temporary password,
 *                               {@link MessageAction#SUPPRESS} to send nothing
 * @param desiredDeliveryMediums how to invite; empty means SMS, Cognito's default
 */
public record AdminCreateUserCommand(String userPoolId, String username, Map<String, String> userAttributes,
                                     String temporaryPassword, boolean forceAliasCreation,
                                     MessageAction messageAction, Set<DeliveryMedium> desiredDeliveryMediums)
        implements CognitoCommand<AdminCreateUserResult> {
    public AdminCreateUserCommand {
        Objects.requireNonNull(userPoolId, "userPoolId");
        Objects.requireNonNull(username, "username");
        userAttributes = Map.copyOf(userAttributes);
        desiredDeliveryMediums = Set.copyOf(desiredDeliveryMediums);
    }

    /** Without the temporary password. */
    @Override
    public String toString() {
        return "AdminCreateUserCommand[userPoolId=" + userPoolId + ", username=" + username + ", userAttributes="
                + userAttributes.keySet() + ", forceAliasCreation=" + forceAliasCreation + ", messageAction="
                + messageAction + ", desiredDeliveryMediums=" + desiredDeliveryMediums + "]";
    }
}
