package dev.cognitoes.user.api;

import dev.cognitoes.shared.CognitoQuery;

/**
 * GetUser: the user an access token was issued to, authorized by that token alone.
 *
 * @param accessToken the access token; checked for signature, expiry, scope, revocation and a disabled user
 */
public record GetUserQuery(String accessToken) implements CognitoQuery<UserView> {

    /** Never names the token. */
    @Override
    public String toString() {
        return "GetUserQuery[accessToken=***]";
    }
}
