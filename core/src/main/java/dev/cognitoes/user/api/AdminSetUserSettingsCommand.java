package dev.cognitoes.user.api;

import dev.cognitoes.shared.CognitoCommand;
import java.util.List;
import java.util.Objects;

/**
 * AdminSetUserSettings: replaces the user's legacy SMS MFA settings ({@code MFAOptions}); an empty list removes
 * them. Cognito keeps this operation for SMS only.
 */
public record AdminSetUserSettingsCommand(String userPoolId, String username, List<MfaOption> mfaOptions)
        implements CognitoCommand<AdminSetUserSettingsResult> {
    public AdminSetUserSettingsCommand {
        Objects.requireNonNull(userPoolId, "userPoolId");
        Objects.requireNonNull(username, "username");
        mfaOptions = List.copyOf(mfaOptions);
    }
}
