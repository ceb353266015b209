package dev.cognitoes.user;

import dev.cognitoes.delivery.DeliveryMedium;
import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.user.api.NameKind;
import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The commands the user feature's application handler sends to its aggregates once the request passed the checks
 * that need pools, clients and the read model. Records carrying a password or code leave it out of toString.
 */
final class UserCommands {

    private UserCommands() {
    }

    record RegisterUser(@TargetAggregateIdentifier String sub, String userPoolId, String username,
                        Map<String, String> attributes, String password, String clientId) {
        RegisterUser {
            attributes = Map.copyOf(attributes);
        }

        @Override
        public String toString() {
            return "RegisterUser[sub=" + sub + ", userPoolId=" + userPoolId + ", username=" + username + "]";
        }
    }

    record CreateUserAsAdministrator(@TargetAggregateIdentifier String sub, String userPoolId, String username,
                                     Map<String, String> attributes, String temporaryPassword,
                                     int temporaryPasswordValidityDays, List<Invitation> invitations) {
        CreateUserAsAdministrator {
            attributes = Map.copyOf(attributes);
            invitations = List.copyOf(invitations);
        }

        @Override
        public String toString() {
            return "CreateUserAsAdministrator[sub=" + sub + ", userPoolId=" + userPoolId + ", username=" + username
                    + "]";
        }
    }

    record ReissueTemporaryPassword(@TargetAggregateIdentifier String sub, String temporaryPassword,
                                    int temporaryPasswordValidityDays, List<Invitation> invitations) {
        ReissueTemporaryPassword {
            invitations = List.copyOf(invitations);
        }

        @Override
        public String toString() {
            return "ReissueTemporaryPassword[sub=" + sub + "]";
        }
    }

    /** Where one invitation goes. */
    record Invitation(DeliveryMedium medium, String destination) {
    }

    record SendConfirmationCode(@TargetAggregateIdentifier String sub, String code, DeliveryMedium medium,
                                String attributeName, String destination) {
        @Override
        public String toString() {
            return "SendConfirmationCode[sub=" + sub + ", medium=" + medium + ", attributeName=" + attributeName
                    + "]";
        }
    }

    record ConfirmWithCode(@TargetAggregateIdentifier String sub, String code) {
        @Override
        public String toString() {
            return "ConfirmWithCode[sub=" + sub + "]";
        }
    }

    /** What a successful ConfirmWithCode verified: the attribute the code went to and its value, if any. */
    record Verification(String attributeName, String value) {
    }

    record ConfirmByAdministrator(@TargetAggregateIdentifier String sub) {
    }

    record UnverifyAttribute(@TargetAggregateIdentifier String sub, String attributeName) {
    }

    record DeleteUser(@TargetAggregateIdentifier String sub) {
    }

    /**
     * Claims a name for a user. When another user holds it, {@code force} moves it over; otherwise the claim is
     * refused with {@code conflictError} and {@code conflictMessage}, the wording that fits the request.
     */
    record ClaimName(@TargetAggregateIdentifier String claimId, String userPoolId, NameKind kind,
                     String normalizedName, String sub, boolean force, CognitoError conflictError,
                     String conflictMessage) {
    }

    record ReleaseName(@TargetAggregateIdentifier String claimId, String sub) {
    }

    /** Where a password reset code goes: the user's verified email address or phone number. */
    record RecoveryDestination(DeliveryMedium medium, String attributeName, String destination) {
    }

    /**
     * ForgotPassword reached the user: issue {@code code} to {@code destination}, or refuse when the user has no
     * destination ({@code null}) or may not reset the password now.
     */
    record SendPasswordResetCode(@TargetAggregateIdentifier String sub, String code,
                                 RecoveryDestination destination) {
        @Override
        public String toString() {
            return "SendPasswordResetCode[sub=" + sub + ", destination="
                    + (destination == null ? null : destination.attributeName()) + "]";
        }
    }

    record ResetPasswordWithCode(@TargetAggregateIdentifier String sub, String code, String password) {
        @Override
        public String toString() {
            return "ResetPasswordWithCode[sub=" + sub + "]";
        }
    }

    record SetPasswordByAdministrator(@TargetAggregateIdentifier String sub, String password, boolean permanent,
                                      int temporaryPasswordValidityDays) {
        @Override
        public String toString() {
            return "SetPasswordByAdministrator[sub=" + sub + ", permanent=" + permanent + "]";
        }
    }

    /**
     * AdminResetUserPassword: invalidate the password and, when the user has a destination, issue {@code code}
     * there; {@code code} and {@code destination} are both {@code null} otherwise.
     */
    record RequirePasswordReset(@TargetAggregateIdentifier String sub, String code, RecoveryDestination destination) {
        @Override
        public String toString() {
            return "RequirePasswordReset[sub=" + sub + ", destination="
                    + (destination == null ? null : destination.attributeName()) + "]";
        }
    }
}
