package dev.cognitoes.client;

import dev.cognitoes.client.api.AppClientSettings;
import dev.cognitoes.client.api.TokenValidity;
import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.CognitoException;
import dev.cognitoes.userpool.api.SchemaAttribute;
import dev.cognitoes.userpool.api.UserPoolView;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Cognito's rules for an app client's settings and secret. */
final class ClientRules {

    static final Set<String> LEGACY_AUTH_FLOWS = Set.of("ADMIN_NO_SRP_AUTH", "CUSTOM_AUTH_FLOW_ONLY",
            "USER_PASSWORD_AUTH");
    static final Set<String> AUTH_FLOWS = Set.of("ADMIN_NO_SRP_AUTH", "CUSTOM_AUTH_FLOW_ONLY", "USER_PASSWORD_AUTH",
            "ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_CUSTOM_AUTH", "ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH",
            "ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_AUTH");
    static final TokenValidity DEFAULT_REFRESH_TOKEN_VALIDITY = new TokenValidity(30, "days");

    private static final Duration SHORTEST_TOKEN = Duration.ofMinutes(5);
    private static final Duration LONGEST_TOKEN = Duration.ofDays(1);
    private static final Duration SHORTEST_REFRESH_TOKEN = Duration.ofMinutes(60);
    private static final Duration LONGEST_REFRESH_TOKEN = Duration.ofDays(3650);
    private static final Pattern SECRET = Pattern.compile("[\\w+]+");

    private ClientRules() {
    }

    /**
     * The settings as the client will keep them: a refresh token validity of 0 becomes Cognito's default of 30
     * days, as Cognito documents.
     *
     * @param operation {@code creating} or {@code updating}, as Cognito's messages say
     * @throws CognitoException InvalidParameterException as Cognito words each refusal
     */
    static AppClientSettings checked(AppClientSettings settings, UserPoolView pool, String operation) {
        Set<String> attributes = pool.schema().stream().map(SchemaAttribute::name).collect(Collectors.toSet());
        if (settings.readAttributes() != null && !attributes.containsAll(settings.readAttributes())) {
            throw invalid("Invalid read attributes specified while " + operation + " a client");
        }
        if (settings.writeAttributes() != null && !attributes.containsAll(settings.writeAttributes())) {
            throw invalid("Invalid write attributes specified while " + operation + " a client");
        }
        checkAuthFlows(settings);
        AppClientSettings kept = settings.refreshTokenValidity().value() == 0
                ? withRefreshTokenValidity(settings, DEFAULT_REFRESH_TOKEN_VALIDITY) : settings;
        if (!within(kept.accessTokenValidity(), SHORTEST_TOKEN, LONGEST_TOKEN)
                || !within(kept.idTokenValidity(), SHORTEST_TOKEN, LONGEST_TOKEN)
                || !within(kept.refreshTokenValidity(), SHORTEST_REFRESH_TOKEN, LONGEST_REFRESH_TOKEN)) {
            throw invalid("Invalid range for token validity.");
        }
        return kept;
    }

    /**
     * @throws CognitoException InvalidParameterException when the secret is both chosen and to be generated, or
     *                          does not have Cognito's form; the message never contains the secret
     */
    static void checkChosenSecret(boolean generateSecret, String clientSecret) {
        if (clientSecret == null) {
            return;
        }
        if (generateSecret) {
            throw invalid("ClientSecret cannot be provided when GenerateSecret is true.");
        }
        if (clientSecret.length() < 24) {
            throw invalid("1 validation error detected: Value at 'clientSecret' failed to satisfy constraint: "
                    + "Member must have length greater than or equal to 24");
        }
        if (clientSecret.length() > 64) {
            throw invalid("1 validation error detected: Value at 'clientSecret' failed to satisfy constraint: "
                    + "Member must have length less than or equal to 64");
        }
        if (!SECRET.matcher(clientSecret).matches()) {
            throw invalid("1 validation error detected: Value at 'clientSecret' failed to satisfy constraint: "
                    + "Member must satisfy regular expression pattern: " + SECRET.pattern());
        }
    }

    private static void checkAuthFlows(AppClientSettings settings) {
        for (String flow : settings.explicitAuthFlows()) {
            if (!AUTH_FLOWS.contains(flow)) {
                throw invalid("1 validation error detected: Value '" + settings.explicitAuthFlows()
                        + "' at 'explicitAuthFlows' failed to satisfy constraint: Member must satisfy constraint: "
                        + "[Member must satisfy enum value set: " + new TreeSet<>(AUTH_FLOWS) + "]");
            }
        }
        boolean legacy = settings.explicitAuthFlows().stream().anyMatch(LEGACY_AUTH_FLOWS::contains);
        boolean current = settings.explicitAuthFlows().stream().anyMatch(flow -> flow.startsWith("ALLOW_"));
        if (legacy && current) {
            throw invalid("ExplicitAuthFlows cannot combine the legacy values ADMIN_NO_SRP_AUTH, "
                    + "CUSTOM_AUTH_FLOW_ONLY and USER_PASSWORD_AUTH with values that begin with ALLOW_.");
        }
    }

    private static boolean within(TokenValidity validity, Duration shortest, Duration longest) {
        Duration duration = validity.duration();
        return duration.compareTo(shortest) >= 0 && duration.compareTo(longest) <= 0;
    }

    private static AppClientSettings withRefreshTokenValidity(AppClientSettings s, TokenValidity refresh) {
        return new AppClientSettings(s.clientName(), refresh, s.accessTokenValidity(), s.idTokenValidity(),
                s.readAttributes(), s.writeAttributes(), s.explicitAuthFlows(), s.supportedIdentityProviders(),
                s.callbackUrls(), s.logoutUrls(), s.defaultRedirectUri(), s.allowedOAuthFlows(),
                s.allowedOAuthScopes(), s.allowedOAuthFlowsUserPoolClient(), s.preventUserExistenceErrors(),
                s.enableTokenRevocation(), s.enablePropagateAdditionalUserContextData(),
                s.authSessionValidityMinutes(), s.additionalSettings());
    }

    private static CognitoException invalid(String message) {
        return new CognitoException(CognitoError.INVALID_PARAMETER, message);
    }
}
