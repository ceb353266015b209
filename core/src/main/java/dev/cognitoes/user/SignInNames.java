package dev.cognitoes.user;

import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.CognitoException;
import dev.cognitoes.user.api.NameKind;
import dev.cognitoes.userpool.api.SignInSettings;
import dev.cognitoes.userpool.api.UserPoolView;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** How a pool names its users: what a new user's username is, and how names are compared. */
final class SignInNames {

    static final String EMAIL = "email";
    static final String PHONE_NUMBER = "phone_number";

    private static final Pattern EMAIL_FORMAT = Pattern.compile("[^@\\s]+@[^@\\s]+");
    private static final Pattern PHONE_FORMAT = Pattern.compile("\\+[0-9]{4,15}");

    private final SignInSettings signIn;

    SignInNames(UserPoolView pool) {
        this.signIn = pool.signIn();
    }

    /** A name as compared: lower case when the pool's usernames are case-insensitive, unchanged otherwise. */
    String normalize(String name) {
        return signIn.caseSensitive() ? name : name.toLowerCase(Locale.ROOT);
    }

    boolean usesUsernameAttributes() {
        return !signIn.usernameAttributes().isEmpty();
    }

    Set<String> usernameAttributes() {
        return signIn.usernameAttributes();
    }

    Set<String> aliasAttributes() {
        return signIn.aliasAttributes();
    }

    /**
     * The username a new user gets and the attributes it starts with. In pools that use email or phone number as
     * username, the requested username must be one, becomes that attribute, and the stored username is the sub.
     *
     * @throws CognitoException InvalidParameterException when the requested username has the wrong form
     */
    NewUser newUser(String requestedUsername, String sub, Map<String, String> attributes) {
        Map<String, String> startingAttributes = new LinkedHashMap<>(attributes);
        if (!usesUsernameAttributes()) {
            if (signIn.aliasAttributes().contains(EMAIL) && isEmail(requestedUsername)) {
                throw invalid("Username cannot be of email format, since user pool is configured for email alias.");
            }
            if (signIn.aliasAttributes().contains(PHONE_NUMBER) && isPhoneNumber(requestedUsername)) {
                throw invalid("Username cannot be of phone number format, since user pool is configured for "
                        + "phone_number alias.");
            }
            return new NewUser(requestedUsername, startingAttributes);
        }
        boolean emailAllowed = signIn.usernameAttributes().contains(EMAIL);
        boolean phoneAllowed = signIn.usernameAttributes().contains(PHONE_NUMBER);
        if (emailAllowed && isEmail(requestedUsername)) {
            startingAttributes.put(EMAIL, requestedUsername);
        } else if (phoneAllowed && isPhoneNumber(requestedUsername)) {
            startingAttributes.put(PHONE_NUMBER, requestedUsername);
        } else if (emailAllowed && phoneAllowed) {
            throw invalid("Username should be either an email or a phone number.");
        } else if (emailAllowed) {
            throw invalid("Username should be an email.");
        } else {
            throw invalid("Username should be a phone number.");
        }
        return new NewUser(sub, startingAttributes);
    }

    /** The kind of name an attribute holds when the pool signs users in with it, as username or alias. */
    static NameKind kindOf(String attributeName) {
        return NameKind.ofAttribute(attributeName)
                .orElseThrow(() -> new IllegalArgumentException("no sign-in name lives in " + attributeName));
    }

    static boolean isEmail(String value) {
        return EMAIL_FORMAT.matcher(value).matches();
    }

    static boolean isPhoneNumber(String value) {
        return PHONE_FORMAT.matcher(value).matches();
    }

    private static CognitoException invalid(String message) {
        return new CognitoException(CognitoError.INVALID_PARAMETER, message);
    }

    /** A user about to be created: the username to store and its attributes. */
    record NewUser(String username, Map<String, String> attributes) {
    }
}
