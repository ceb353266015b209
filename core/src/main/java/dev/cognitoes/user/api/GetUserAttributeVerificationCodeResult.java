package dev.cognitoes.user.api;

import java.util.Objects;

/** What GetUserAttributeVerificationCode answers: where the code went. */
public record GetUserAttributeVerificationCodeResult(CodeDeliveryDetails codeDeliveryDetails) {
    public GetUserAttributeVerificationCodeResult {
        Objects.requireNonNull(codeDeliveryDetails, "codeDeliveryDetails");
    }
}
