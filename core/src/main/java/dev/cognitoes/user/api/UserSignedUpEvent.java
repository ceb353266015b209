package dev.cognitoes.user.api;

import dev.cognitoes.auth.srp.PasswordVerifier;
import java.time.Instant;
import java.util.Map;
import org.axonframework.serialization.Revision;

/**
 * A user registered through SignUp and is {@code UNCONFIRMED}.
 *
 * @param sub        the user's identifier, the aggregate id
 * @param username   the username as stored, original case (the {@code sub} when the pool uses email or phone
 *                   number as username)
 * @param attributes the attributes given, without {@code sub}
 * @param password   the SRP verifier of the chosen password
 * @param clientId   the app client the user signed up through
 */
@Revision("1")
public record UserSignedUpEvent(String sub, String userPoolId, String username, Map<String, String> attributes,
                                PasswordVerifier password, String clientId, Instant signedUpAt)
        implements UserEvent {
}
