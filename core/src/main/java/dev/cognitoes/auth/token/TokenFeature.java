package dev.cognitoes.auth.token;

import dev.cognitoes.auth.secret.SecretSealer;
import dev.cognitoes.userpool.api.UserPoolDirectory;
import java.time.Clock;
import org.axonframework.config.Configurer;

/**
 * Registers the token components with the runtime, for handlers to be injected with: {@link SigningKeyRing},
 * {@link TokenIssuer}, {@link AccessTokenVerifier}. They need the runtime's {@link IssuerBase}, {@link Clock},
 * {@link SecretSealer} and {@link UserPoolDirectory}.
 */
public final class TokenFeature {

    private TokenFeature() {
    }

    public static void configure(Configurer configurer) {
        configurer.registerComponent(SigningKeyRing.class, c -> new SigningKeyRing(
                c.getComponent(UserPoolDirectory.class), c.getComponent(SecretSealer.class)));
        configurer.registerComponent(TokenIssuer.class, c -> new TokenIssuer(c.getComponent(SigningKeyRing.class),
                c.getComponent(IssuerBase.class), c.getComponent(Clock.class)));
        configurer.registerComponent(AccessTokenVerifier.class, c -> new AccessTokenVerifier(
                c.getComponent(SigningKeyRing.class), c.getComponent(IssuerBase.class), c.getComponent(Clock.class)));
    }
}
