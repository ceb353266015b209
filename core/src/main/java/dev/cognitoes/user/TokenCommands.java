package dev.cognitoes.user;

import dev.cognitoes.user.SignInCommands.PresentedRefreshToken;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The commands the token operations (GlobalSignOut, AdminUserGlobalSignOut, RevokeToken, ChangePassword,
 * GetTokensFromRefreshToken) send to the {@link User} aggregate once the token, client and user were checked.
 * Records carrying a password leave it out of toString.
 */
final class TokenCommands {

    private TokenCommands() {
    }

    /** Every refresh token of the user is revoked, and every access token issued before. */
    record SignOutEverywhere(@TargetAggregateIdentifier String sub, boolean byAdministrator) {
    }

    /** The refresh token presented through {@code clientId} is revoked with its session. */
    record RevokeRefreshToken(@TargetAggregateIdentifier String sub, String clientId, PresentedRefreshToken token) {
    }

    /** The user proves {@code previousPassword} and chooses {@code proposedPassword}, which passed the policy. */
    record ChangePassword(@TargetAggregateIdentifier String sub, String clientId, String previousPassword,
                          String proposedPassword) {
        @Override
        public String toString() {
            return "ChangePassword[sub=" + sub + ", clientId=" + clientId + "]";
        }
    }

    /**
     * The refresh token presented is exchanged for a new one, prepared by the handler, which continues the
     * session; the presented one stays valid for {@code gracePeriod}.
     */
    record RotateRefreshToken(@TargetAggregateIdentifier String sub, String clientId, PresentedRefreshToken token,
                              String newRefreshTokenId, Instant newRefreshTokenExpiresAt, String eventId,
                              Duration gracePeriod) {
        RotateRefreshToken {
            Objects.requireNonNull(newRefreshTokenId, "newRefreshTokenId");
            Objects.requireNonNull(newRefreshTokenExpiresAt, "newRefreshTokenExpiresAt");
            Objects.requireNonNull(gracePeriod, "gracePeriod");
        }
    }
}
