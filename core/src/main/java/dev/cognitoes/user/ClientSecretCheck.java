package dev.cognitoes.user;

import dev.cognitoes.client.api.AppClientView;
import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.CognitoException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code SECRET_HASH} check of requests from clients with a secret:
 * {@code Base64(HMAC-SHA256(key = clientSecret, message = username + clientId))}.
 */
final class ClientSecretCheck {

    private ClientSecretCheck() {
    }

    /**
     * @throws CognitoException NotAuthorizedException when the client has a secret and the hash is missing or
     *                          wrong
     */
    static void verify(AppClientView client, String username, String secretHash) {
        if (client.clientSecret().isEmpty()) {
            return;
        }
        if (secretHash == null) {
            throw new CognitoException(CognitoError.NOT_AUTHORIZED,
                    "Client " + client.clientId() + " is configured with secret but SECRET_HASH was not received");
        }
        byte[] expected = hash(client.clientSecret().get(), username + client.clientId());
        if (!MessageDigest.isEqual(expected, secretHash.getBytes(StandardCharsets.UTF_8))) {
            throw new CognitoException(CognitoError.NOT_AUTHORIZED,
                    "Unable to verify secret hash for client " + client.clientId());
        }
    }

    private static byte[] hash(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encode(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM offers no HmacSHA256", e);
        }
    }
}
