package dev.cognitoes.user.api;

import dev.cognitoes.shared.CognitoCommand;
import java.util.List;

/**
 * SetUserSettings: the holder of an access token replaces its user's legacy SMS MFA settings ({@code MFAOptions}),
 * as AdminSetUserSettings does for an administrator; an empty list removes them.
 */
public record SetUserSettingsCommand(String accessToken, List<MfaOption> mfaOptions)
        implements CognitoCommand<SetUserSettingsResult> {
    public SetUserSettingsCommand {
        mfaOptions = List.copyOf(mfaOptions);
    }

    /** Never names the token. */
    @Override
    public String toString() {
        return "SetUserSettingsCommand[accessToken=***, mfaOptions=" + mfaOptions + "]";
    }
}
