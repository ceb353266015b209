package dev.cognitoes.user.api;

import java.util.Objects;

/**
 * What ForgotPassword answers: where the code went. To a client that prevents user existence errors, an unknown
 * user gets a simulated answer that looks the same.
 */
public record ForgotPasswordResult(CodeDeliveryDetails codeDeliveryDetails) {
    public ForgotPasswordResult {
        Objects.requireNonNull(codeDeliveryDetails, "codeDeliveryDetails");
    }
}
