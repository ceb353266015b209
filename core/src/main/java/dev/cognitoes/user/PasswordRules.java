package dev.cognitoes.user;

import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.CognitoException;
import dev.cognitoes.userpool.api.PasswordPolicy;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A pool's password policy: checks passwords and makes temporary ones that follow it. */
final class PasswordRules {

    static final String NOT_CONFORMING = "Password did not conform with policy: ";
    static final String SYMBOLS = "^$*.[]{}()?\"!@#%&/\\,><':;|_~`=+-";

    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final String TEMPORARY_SYMBOLS = "^$*.!@#%&";
    private static final int TEMPORARY_LENGTH = 12;

    private final PasswordPolicy policy;
    private final SecureRandom random = new SecureRandom();

    PasswordRules(PasswordPolicy policy) {
        this.policy = policy;
    }

    /**
     * @param password the password in clear; {@code null} counts as empty
     * @throws CognitoException InvalidPasswordException naming the first rule the password breaks; the message
     *                          never contains the password
     */
    void check(String password) {
        String candidate = password == null ? "" : password;
        if (candidate.length() < policy.minimumLength()) {
            throw refused("Password not long enough");
        }
        if (policy.requireUppercase() && candidate.chars().noneMatch(Character::isUpperCase)) {
            throw refused("Password must have uppercase characters");
        }
        if (policy.requireLowercase() && candidate.chars().noneMatch(Character::isLowerCase)) {
            throw refused("Password must have lowercase characters");
        }
        if (policy.requireNumbers() && candidate.chars().noneMatch(Character::isDigit)) {
            throw refused("Password must have numeric characters");
        }
        if (policy.requireSymbols() && candidate.chars().noneMatch(c -> SYMBOLS.indexOf(c) >= 0)) {
            throw refused("Password must have symbol characters");
        }
    }

    /** A random temporary password with every character class the policy requires, at least 12 long. */
    String temporaryPassword() {
        List<Character> characters = new ArrayList<>();
        characters.add(draw(UPPER));
        characters.add(draw(LOWER));
        characters.add(draw(DIGITS));
        characters.add(draw(TEMPORARY_SYMBOLS));
        String all = UPPER + LOWER + DIGITS;
        while (characters.size() < Math.max(TEMPORARY_LENGTH, policy.minimumLength())) {
            characters.add(draw(all));
        }
        Collections.shuffle(characters, random);
        StringBuilder password = new StringBuilder();
        characters.forEach(password::append);
        return password.toString();
    }

    private char draw(String alphabet) {
        return alphabet.charAt(random.nextInt(alphabet.length()));
    }

    private static CognitoException refused(String rule) {
        return new CognitoException(CognitoError.INVALID_PASSWORD, NOT_CONFORMING + rule);
    }
}
