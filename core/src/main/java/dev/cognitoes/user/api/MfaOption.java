package dev.cognitoes.user.api;

import dev.cognitoes.delivery.DeliveryMedium;

/**
 * One legacy SMS multi-factor setting of a user, as Cognito's {@code MFAOptionType}: set by AdminSetUserSettings
 * and shown by AdminGetUser's {@code MFAOptions}.
 *
 * @param deliveryMedium how the code travels; Cognito accepts only {@code SMS}; {@code null} when the request gave
 *                       none, which AdminSetUserSettings refuses
 * @param attributeName  the attribute the code goes to; Cognito accepts only {@code phone_number}; {@code null} when
 *                       the request gave none, which AdminSetUserSettings refuses
 */
public record MfaOption(DeliveryMedium deliveryMedium, String attributeName) {
}
