package dev.cognitoes.client;

import dev.cognitoes.auth.secret.SealedSecret;
import dev.cognitoes.auth.secret.SecretSealer;
import java.util.function.Supplier;

/**
 * The runtime's {@link SecretSealer}, looked up when first needed, so that this feature starts in any
 * configuration and fails only when a secret must actually be sealed or read without a sealer.
 */
final class ClientSecrets {

    private final Supplier<SecretSealer> sealer;

    ClientSecrets(Supplier<SecretSealer> sealer) {
        this.sealer = sealer;
    }

    SealedSecret seal(String secret) {
        return sealer().seal(secret);
    }

    String unseal(SealedSecret sealed) {
        return sealer().unseal(sealed);
    }

    private SecretSealer sealer() {
        SecretSealer found = sealer.get();
        if (found == null) {
            throw new IllegalStateException("no SecretSealer is registered in the runtime's configuration");
        }
        return found;
    }
}
