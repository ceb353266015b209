package dev.cognitoes.auth.secret;

/** Seals secrets that must be recovered later (client secrets, signing keys) so events can carry them. */
public interface SecretSealer {

    SealedSecret seal(String secret);

    /**
     * @throws IllegalStateException when the sealed secret was not sealed with this runtime's master key
     */
    String unseal(SealedSecret sealed);
}
