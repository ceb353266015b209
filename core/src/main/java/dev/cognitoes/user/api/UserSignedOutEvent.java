package dev.cognitoes.user.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The user was signed out everywhere (GlobalSignOut, AdminUserGlobalSignOut): every refresh token the user held
 * is revoked, and no access token issued before {@code signedOutAt} is accepted any more. Tokens of sign-ins that
 * follow work.
 *
 * @param byAdministrator true for AdminUserGlobalSignOut, false when the user signed out with an access token
 */
@Revision("1")
public record UserSignedOutEvent(String sub, String userPoolId, boolean byAdministrator, Instant signedOutAt)
        implements UserEvent {
}
