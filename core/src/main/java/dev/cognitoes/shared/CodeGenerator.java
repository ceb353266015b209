package dev.cognitoes.shared;

/** Makes the one-time codes Cognito sends. Injected, so tests can pin them. */
public interface CodeGenerator {

    /** A six-digit code, such as a sign-up confirmation code. */
    String code();
}
