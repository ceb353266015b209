package dev.cognitoes.userpool;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import dev.cognitoes.auth.secret.SecretSealer;
import dev.cognitoes.userpool.api.PoolSigningKey;
import dev.cognitoes.userpool.api.SigningPublicKey;
import dev.cognitoes.userpool.api.TokenUse;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;

/** Turns a generated key pair into a pool signing key: the public half as a JWK, the private half sealed. */
final class PoolKeys {

    private PoolKeys() {
    }

    static PoolSigningKey signingKey(TokenUse use, KeyPair pair, SecretSealer sealer, Instant createdAt) {
        RSAKey unnamed = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                .privateKey((RSAPrivateKey) pair.getPrivate())
                .keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.RS256)
                .build();
        RSAKey key = new RSAKey.Builder(unnamed).keyID(keyId(unnamed)).build();
        SigningPublicKey publicKey = SigningPublicKey.rs256(key.getKeyID(), key.getModulus().toString(),
                key.getPublicExponent().toString());
        return new PoolSigningKey(use, publicKey, sealer.seal(key.toJSONString()), createdAt);
    }

    private static String keyId(RSAKey key) {
        try {
            return Base64.getEncoder().encodeToString(key.computeThumbprint("SHA-256").decode());
        } catch (JOSEException e) {
            throw new IllegalStateException("this JVM offers no SHA-256", e);
        }
    }
}
