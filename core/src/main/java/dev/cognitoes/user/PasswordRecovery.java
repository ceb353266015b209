package dev.cognitoes.user;

import dev.cognitoes.delivery.DeliveryMedium;
import dev.cognitoes.user.UserCommands.RecoveryDestination;
import dev.cognitoes.userpool.api.RecoveryOption;
import dev.cognitoes.userpool.api.UserPoolView;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a pool sends a user's password reset code: the first of the pool's recovery options, by priority, for
 * which the user has a verified attribute. A pool without an account recovery setting tries the verified phone
 * number first, then the verified email address; {@code admin_only} allows no destination at all.
 */
final class PasswordRecovery {

    static final String VERIFIED_EMAIL = "verified_email";
    static final String VERIFIED_PHONE_NUMBER = "verified_phone_number";

    private static final List<RecoveryOption> LEGACY = List.of(new RecoveryOption(VERIFIED_PHONE_NUMBER, 1),
            new RecoveryOption(VERIFIED_EMAIL, 2));

    private PasswordRecovery() {
    }

    static Optional<RecoveryDestination> destination(UserPoolView pool, Map<String, String> attributes) {
        List<RecoveryOption> options = pool.settings().accountRecovery().isEmpty() ? LEGACY
                : pool.settings().accountRecovery();
        return options.stream()
                .sorted(Comparator.comparingInt(RecoveryOption::priority))
                .map(option -> verified(option.name(), attributes))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static Optional<RecoveryDestination> verified(String option, Map<String, String> attributes) {
        String attribute;
        DeliveryMedium medium;
        if (VERIFIED_EMAIL.equals(option)) {
            attribute = SignInNames.EMAIL;
            medium = DeliveryMedium.EMAIL;
        } else if (VERIFIED_PHONE_NUMBER.equals(option)) {
            attribute = SignInNames.PHONE_NUMBER;
            medium = DeliveryMedium.SMS;
        } else {
            return Optional.empty();
        }
        String value = attributes.get(attribute);
        if (value == null || value.isEmpty() || !"true".equals(attributes.get(attribute + "_verified"))) {
            return Optional.empty();
        }
        return Optional.of(new RecoveryDestination(medium, attribute, value));
    }
}
