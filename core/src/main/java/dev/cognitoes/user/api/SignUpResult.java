package dev.cognitoes.user.api;

/**
 * What SignUp answers.
 *
 * @param userConfirmed       whether the user may sign in already
 * @param userSub             the new user's {@code sub}
 * @param codeDeliveryDetails where the confirmation code went; {@code null} when none was sent
 */
public record SignUpResult(boolean userConfirmed, String userSub, CodeDeliveryDetails codeDeliveryDetails) {
}
