package dev.cognitoes.userpool.api;

import java.util.Set;

/**
 * How users of a pool are named and found; fixed when the pool is created. A pool has username attributes or
 * alias attributes, not both: CreateUserPool refuses the combination with Cognito's error.
 *
 * @param usernameAttributes    {@code email} and/or {@code phone_number} to use as the username; the stored
 *                              username is then the user's {@code sub}
 * @param aliasAttributes       {@code email}, {@code phone_number} and/or {@code preferred_username} that also
 *                              sign a user in once verified
 * @param caseSensitive         {@code UsernameConfiguration.CaseSensitive}; the API's default is {@code true}
 */
public record SignInSettings(Set<String> usernameAttributes, Set<String> aliasAttributes, boolean caseSensitive) {

    public static final SignInSettings DEFAULT = new SignInSettings(Set.of(), Set.of(), true);

    public SignInSettings {
        usernameAttributes = Set.copyOf(usernameAttributes);
        aliasAttributes = Set.copyOf(aliasAttributes);
    }
}
