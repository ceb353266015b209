package dev.cognitoes.userpool.api;

import dev.cognitoes.auth.secret.SealedSecret;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A pool received a new RSA-2048 key to sign one kind of token with (RS256). Every pool gets two right after its
 * {@link UserPoolCreatedEvent}, in the same transaction: one for ID tokens, one for access tokens. From then on the
 * newest key of each kind signs, and every key of the pool stays listed in its JWKS.
 *
 * @param signs            the kind of token the key signs
 * @param publicKey        the public half, as the pool's JWKS lists it
 * @param sealedPrivateKey the private half as JWK JSON, sealed with the runtime's master key; the event never
 *                         holds it in clear
 * @param createdAt        when the key was made
 */
@Revision("1")
public record UserPoolSigningKeyCreatedEvent(String userPoolId, TokenUse signs, SigningPublicKey publicKey,
                                             SealedSecret sealedPrivateKey, Instant createdAt)
        implements UserPoolEvent {
}
