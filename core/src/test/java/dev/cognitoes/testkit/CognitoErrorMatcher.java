package dev.cognitoes.testkit;

import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.CognitoException;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matches a {@link CognitoException} by its error and exact message, for fixture {@code expectException}. */
public final class CognitoErrorMatcher extends TypeSafeMatcher<CognitoException> {

    private final CognitoError error;
    private final String message;
    private final boolean prefixOnly;

    private CognitoErrorMatcher(CognitoError error, String message, boolean prefixOnly) {
        this.error = error;
        this.message = message;
        this.prefixOnly = prefixOnly;
    }

    public static Matcher<CognitoException> cognitoError(CognitoError error, String message) {
        return new CognitoErrorMatcher(error, message, false);
    }

    /** Matches the error and the start of its message, for messages that list many values. */
    public static Matcher<CognitoException> cognitoErrorStartingWith(CognitoError error, String messageStart) {
        return new CognitoErrorMatcher(error, messageStart, true);
    }

    @Override
    protected boolean matchesSafely(CognitoException exception) {
        return exception.error() == error
                && (prefixOnly ? exception.getMessage().startsWith(message) : message.equals(exception.getMessage()));
    }

    @Override
    public void describeTo(Description description) {
        description.appendText(error.awsName() + ": " + message + (prefixOnly ? "..." : ""));
    }
}
