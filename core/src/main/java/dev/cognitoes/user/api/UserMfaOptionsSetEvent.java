package dev.cognitoes.user.api;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * An administrator replaced the user's legacy SMS MFA settings (AdminSetUserSettings).
 *
 * @param mfaOptions the settings now in force; empty when they were removed
 */
@Revision("1")
public record UserMfaOptionsSetEvent(String sub, String userPoolId, List<MfaOption> mfaOptions, Instant setAt)
        implements UserEvent {
    public UserMfaOptionsSetEvent {
        mfaOptions = List.copyOf(mfaOptions);
    }
}
