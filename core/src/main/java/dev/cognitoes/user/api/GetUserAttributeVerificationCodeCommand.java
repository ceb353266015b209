package dev.cognitoes.user.api;

import dev.cognitoes.shared.CognitoCommand;

/**
 * GetUserAttributeVerificationCode: sends the holder of an access token a code that verifies its {@code email} or
 * {@code phone_number}; to the new value when a change awaits verification. The code replaces any earlier one for
 * that attribute and works for 24 hours.
 */
public record GetUserAttributeVerificationCodeCommand(String accessToken, String attributeName)
        implements CognitoCommand<GetUserAttributeVerificationCodeResult> {

    /** Never names the token. */
    @Override
    public String toString() {
        return "GetUserAttributeVerificationCodeCommand[accessToken=***, attributeName=" + attributeName + "]";
    }
}
