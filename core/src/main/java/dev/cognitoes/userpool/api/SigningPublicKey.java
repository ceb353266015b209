package dev.cognitoes.userpool.api;

import java.util.Objects;

/**
 * The public half of a pool's signing key as a JSON Web Key (RFC 7517): serialized as it stands, it is the entry
 * the pool's {@code .well-known/jwks.json} lists. The members carry their JWK names.
 *
 * @param kty always {@code RSA}
 * @param alg always {@code RS256}
 * @param use always {@code sig}
 * @param kid the key id tokens name in their header: the standard base64 of the key's SHA-256 JWK thumbprint
 *            (RFC 7638), so the same key always has the same id
 * @param n   the modulus, base64url without padding
 * @param e   the public exponent, base64url without padding
 */
public record SigningPublicKey(String kty, String alg, String use, String kid, String n, String e) {

    public static final String RSA = "RSA";
    public static final String RS256 = "RS256";
    public static final String SIGNATURE = "sig";

    public SigningPublicKey {
        Objects.requireNonNull(kid, "kid");
        Objects.requireNonNull(n, "n");
        Objects.requireNonNull(e, "e");
        if (!RSA.equals(kty) || !RS256.equals(alg) || !SIGNATURE.equals(use)) {
            throw new IllegalArgumentException("only RSA keys for RS256 signatures are supported, was kty=" + kty
                    + ", alg=" + alg + ", use=" + use);
        }
    }

    /** An RS256 signature key. */
    public static SigningPublicKey rs256(String kid, String n, String e) {
        return new SigningPublicKey(RSA, RS256, SIGNATURE, kid, n, e);
    }
}
