package dev.cognitoes.auth.signing;

import java.security.KeyPair;

/**
 * Draws the RSA key pairs user pools sign their tokens with. Injected, so tests can hand out pre-generated keys
 * instead of paying for RSA generation with every pool they create.
 */
public interface SigningKeyGenerator {

    /** The modulus size of every key pair: 2048 bits, as Cognito's pool keys. */
    int RSA_BITS = 2048;

    /**
     * A fresh RSA key pair of {@value #RSA_BITS} bits that no other pool uses.
     *
     * @return a pair whose public key is a {@link java.security.interfaces.RSAPublicKey} and whose private key is
     *         a {@link java.security.interfaces.RSAPrivateCrtKey}
     */
    KeyPair generate();
}
