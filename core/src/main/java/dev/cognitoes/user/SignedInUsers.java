package dev.cognitoes.user;

import dev.cognitoes.auth.token.AccessTokenClaims;
import dev.cognitoes.auth.token.AccessTokenVerifier;
import dev.cognitoes.auth.token.TokenIssuer;
import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.CognitoException;
import dev.cognitoes.user.api.UserStatus;
import dev.cognitoes.user.api.UserView;

/**
 * The check every operation authorized by an access token makes: the token verifies (signature, issuer, use,
 * expiry), carries the scope {@code aws.cognito.signin.user.admin}, names a user that still exists, is not revoked
 * by a global sign-out or a revoked refresh token, and the user is enabled.
 *
 * <p>Revocations are read from the user read model ({@link UserView#revocations()}), which the projection keeps in
 * the unit of work that stores the revoking event and which every runtime sharing the storage reads: a check costs
 * one signature verification and one read of the user by {@code sub}, the read GetUser needs anyway, and no
 * aggregate is loaded or locked.
 */
final class SignedInUsers {

    private final UserDirectory directory;

    SignedInUsers(UserDirectory directory) {
        this.directory = directory;
    }

    /** A user an access token authorizes, with the token's claims. */
    record SignedInUser(AccessTokenClaims claims, UserView user) {
    }

    /**
     * @throws CognitoException NotAuthorizedException for an invalid, expired, revoked or insufficiently scoped
     *                          token or a disabled user; UserNotFoundException when the user no longer exists;
     *                          PasswordResetRequiredException when an administrator required a password reset
     */
    SignedInUser authorize(String accessToken) {
        AccessTokenClaims claims = directory.component(AccessTokenVerifier.class).verify(accessToken);
        if (!claims.scopes().contains(TokenIssuer.SIGN_IN_SCOPE)) {
            throw SignInErrors.notAuthorized(SignInErrors.MISSING_SCOPES);
        }
        UserView user = directory.users().findBySub(claims.userPoolId(), claims.sub())
                .orElseThrow(() -> new CognitoException(CognitoError.USER_NOT_FOUND, UserDirectory.USER_NOT_FOUND));
        if (user.revocations().revokes(claims.originJti(), claims.issuedAt())) {
            throw SignInErrors.notAuthorized(SignInErrors.REVOKED_ACCESS_TOKEN);
        }
        if (!user.enabled()) {
            throw SignInErrors.notAuthorized(SignInErrors.DISABLED);
        }
        if (user.status() == UserStatus.RESET_REQUIRED) {
            throw new CognitoException(CognitoError.PASSWORD_RESET_REQUIRED, SignInErrors.RESET_REQUIRED);
        }
        return new SignedInUser(claims, user);
    }
}
