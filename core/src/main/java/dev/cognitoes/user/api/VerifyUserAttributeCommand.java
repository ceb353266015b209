package dev.cognitoes.user.api;

import dev.cognitoes.shared.CognitoCommand;

/**
 * VerifyUserAttribute: the holder of an access token presents the code sent to its {@code email} or
 * {@code phone_number}. The right code makes the attribute verified, puts a value awaiting verification in force,
 * and claims it as sign-in alias where the pool has one; a wrong code counts toward a temporary lockout.
 */
public record VerifyUserAttributeCommand(String accessToken, String attributeName, String code)
        implements CognitoCommand<VerifyUserAttributeResult> {

    /** Never names the token or the code. */
    @Override
    public String toString() {
        return "VerifyUserAttributeCommand[accessToken=***, attributeName=" + attributeName + ", code=***]";
    }
}
