package dev.cognitoes.auth.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import dev.cognitoes.auth.secret.SecretSealer;
import dev.cognitoes.userpool.api.PoolSigningKey;
import dev.cognitoes.userpool.api.SigningPublicKey;
import dev.cognitoes.userpool.api.TokenUse;
import dev.cognitoes.userpool.api.UserPoolDirectory;
import dev.cognitoes.userpool.api.UserPoolView;
import java.text.ParseException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pools' signing keys ready for use: a private key is unsealed once, when the pool first signs with it, and its
 * signer kept; public keys become verifiers the same way. Reads the pools through the {@link UserPoolDirectory},
 * so a deleted pool neither signs nor verifies. Thread-safe.
 */
public final class SigningKeyRing {

    private final UserPoolDirectory pools;
    private final SecretSealer sealer;
    private final Map<String, JWSSigner> signers = new ConcurrentHashMap<>();
    private final Map<String, JWSVerifier> verifiers = new ConcurrentHashMap<>();

    public SigningKeyRing(UserPoolDirectory pools, SecretSealer sealer) {
        this.pools = pools;
        this.sealer = sealer;
    }

    /** The key that signs new tokens of this kind for the pool, with its signer. */
    record ActiveKey(String kid, JWSSigner signer) {
    }

    /** The keys of one pool that sign new tokens, by kind of token. */
    @FunctionalInterface
    interface PoolSigners {
        /** @throws IllegalStateException when the pool has no key for this kind of token */
        ActiveKey of(TokenUse use);
    }

    /**
     * The pool's signing keys as the pool stands now, read once for the tokens of one sign-in.
     *
     * @throws dev.cognitoes.shared.CognitoException ResourceNotFoundException when the pool does not exist
     */
    PoolSigners signers(String userPoolId) {
        UserPoolView pool = pools.require(userPoolId);
        return use -> {
            PoolSigningKey key = pool.signingKey(use).orElseThrow(() -> new IllegalStateException(
                    "user pool " + userPoolId + " has no key to sign " + use.claim() + " tokens"));
            JWSSigner signer = signers.computeIfAbsent(cacheKey(userPoolId, key.kid()), k -> unseal(key));
            return new ActiveKey(key.kid(), signer);
        };
    }

    /** A verifier for the pool's key with this id; empty when the pool does not exist or has no such key. */
    Optional<JWSVerifier> verifier(String userPoolId, String kid) {
        if (kid == null) {
            return Optional.empty();
        }
        return pools.find(userPoolId)
                .flatMap(pool -> pool.signingKeys().stream().filter(key -> key.kid().equals(kid)).findFirst())
                .map(key -> verifiers.computeIfAbsent(cacheKey(userPoolId, kid), k -> verifier(key.publicKey())));
    }

    private JWSSigner unseal(PoolSigningKey key) {
        try {
            return new RSASSASigner(RSAKey.parse(sealer.unseal(key.sealedPrivateKey())));
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("the sealed signing key " + key.kid() + " is no RSA private JWK", e);
        }
    }

    private static JWSVerifier verifier(SigningPublicKey key) {
        try {
            return new RSASSAVerifier(new RSAKey.Builder(new Base64URL(key.n()), new Base64URL(key.e())).build());
        } catch (JOSEException e) {
            throw new IllegalStateException("the signing key " + key.kid() + " is no usable RSA public key", e);
        }
    }

    private static String cacheKey(String userPoolId, String kid) {
        return userPoolId + " " + kid;
    }
}
