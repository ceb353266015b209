package dev.cognitoes.userpool.api;

/**
 * The kinds of JWT a pool signs, each with a key of its own as Cognito does: an access token's {@code kid} never
 * equals the ID token's of the same session.
 */
public enum TokenUse {
    /** ID tokens: who the user is, for the app client ({@code token_use} {@code id}). */
    ID("id"),
    /** Access tokens: what the user may do ({@code token_use} {@code access}). */
    ACCESS("access");

    private final String claim;

    TokenUse(String claim) {
        this.claim = claim;
    }

    /** The value of the {@code token_use} claim. */
    public String claim() {
        return claim;
    }
}
