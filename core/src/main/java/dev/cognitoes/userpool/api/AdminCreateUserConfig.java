package dev.cognitoes.userpool.api;

import java.util.Objects;

/**
 * How administrators create users, as Cognito's {@code AdminCreateUserConfigType}.
 *
 * @param allowAdminCreateUserOnly  when true, SignUp is refused and only administrators create users
 * @param unusedAccountValidityDays the legacy name of the temporary password validity; Cognito reports it back
 * @param inviteMessageTemplate     the invitation text
 */
public record AdminCreateUserConfig(boolean allowAdminCreateUserOnly, int unusedAccountValidityDays,
                                    MessageTemplate inviteMessageTemplate) {

    public static final AdminCreateUserConfig DEFAULT = new AdminCreateUserConfig(false, 7, MessageTemplate.DEFAULT);

    public AdminCreateUserConfig {
        Objects.requireNonNull(inviteMessageTemplate, "inviteMessageTemplate");
    }
}
