package dev.cognitoes.user.api;

import dev.cognitoes.delivery.DeliveryMedium;
import java.util.Objects;

/**
 * Where a code went, as Cognito's {@code CodeDeliveryDetailsType} tells the caller.
 *
 * @param destination   the email address or phone number, masked ({@code j***@e***})
 * @param medium        email or SMS
 * @param attributeName the attribute the destination came from: {@code email} or {@code phone_number}
 */
public record CodeDeliveryDetails(String destination, DeliveryMedium medium, String attributeName) {
    public CodeDeliveryDetails {
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(medium, "medium");
        Objects.requireNonNull(attributeName, "attributeName");
    }
}
