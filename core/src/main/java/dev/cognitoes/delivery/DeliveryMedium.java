package dev.cognitoes.delivery;

/** How a message reaches a user, named as Cognito's {@code DeliveryMediumType}. */
public enum DeliveryMedium {
    EMAIL,
    SMS
}
