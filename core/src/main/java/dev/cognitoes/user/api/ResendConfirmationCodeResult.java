package dev.cognitoes.user.api;

import java.util.Objects;

/** What ResendConfirmationCode answers: where the new code went. */
public record ResendConfirmationCodeResult(CodeDeliveryDetails codeDeliveryDetails) {
    public ResendConfirmationCodeResult {
        Objects.requireNonNull(codeDeliveryDetails, "codeDeliveryDetails");
    }
}
