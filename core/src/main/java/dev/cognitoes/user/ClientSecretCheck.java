package dev.cognitoes.user;

import dev.cognitoes.auth.SecretHash;
import dev.cognitoes.client.api.AppClientView;
import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.CognitoException;

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
        if (!SecretHash.matches(client.clientSecret().get(), username, client.clientId(), secretHash)) {
            throw new CognitoException(CognitoError.NOT_AUTHORIZED,
                    "Unable to verify secret hash for client " + client.clientId());
        }
    }
}
