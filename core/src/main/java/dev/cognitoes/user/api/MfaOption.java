package dev.cognitoes.user.api;

import dev.cognitoes.delivery.DeliveryMedium;
import java.util.Objects;

/**
 * One legacy SMS multi-factor setting of a user, as Cognito's {@code MFAOptionType}: set by AdminSetUserSettings
 * and shown by AdminGetUser's {@code MFAOptions}.
 *
 * @param deliveryMedium how the code travels; Cognito accepts only {@code SMS}
 * @param attributeName  the attribute the code goes to; Cognito accepts only {@code phone_number}
 */
public record MfaOption(DeliveryMedium deliveryMedium, String attributeName) {
    public MfaOption {
        Objects.requireNonNull(deliveryMedium, "deliveryMedium");
        Objects.requireNonNull(attributeName, "attributeName");
    }
}
