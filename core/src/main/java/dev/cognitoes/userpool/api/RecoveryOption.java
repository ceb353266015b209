package dev.cognitoes.userpool.api;

import java.util.Objects;

/**
 * One way a user may recover a forgotten password, as Cognito's {@code RecoveryOptionType}.
 *
 * @param name     {@code verified_email}, {@code verified_phone_number} or {@code admin_only}
 * @param priority 1 is tried first
 */
public record RecoveryOption(String name, int priority) {
    public RecoveryOption {
        Objects.requireNonNull(name, "name");
    }
}
