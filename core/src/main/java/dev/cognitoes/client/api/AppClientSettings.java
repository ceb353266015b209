package dev.cognitoes.client.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything that configures an app client and that UpdateUserPoolClient may change, named as Cognito's
 * {@code UserPoolClientType} members. Lists and sets are never {@code null}; {@code null} for a set of attributes
 * means "not restricted" as Cognito treats an absent {@code ReadAttributes}.
 *
 * @param readAttributes             attributes the client may read; {@code null} when not restricted
 * @param writeAttributes            attributes the client may write; {@code null} when not restricted
 * @param explicitAuthFlows          the flows the client allows; empty means Cognito's default set
 *                                   ({@code ALLOW_REFRESH_TOKEN_AUTH}, {@code ALLOW_USER_SRP_AUTH},
 *                                   {@code ALLOW_CUSTOM_AUTH})
 * @param preventUserExistenceErrors {@code ENABLED} masks unknown users as wrong credentials, {@code LEGACY}
 *                                   reveals them; {@code LEGACY} when a request omits it, as Cognito documents
 * @param authSessionValidityMinutes how long a challenge session lives, 3 to 15 minutes
 * @param additionalSettings         settings stored and returned unchanged but not acted on yet, keyed by their
 *                                   AWS member name ({@code AnalyticsConfiguration}, {@code RefreshTokenRotation})
 */
public record AppClientSettings(String clientName, TokenValidity refreshTokenValidity,
                                TokenValidity accessTokenValidity, TokenValidity idTokenValidity,
                                Set<String> readAttributes, Set<String> writeAttributes,
                                List<String> explicitAuthFlows, List<String> supportedIdentityProviders,
                                List<String> callbackUrls, List<String> logoutUrls, String defaultRedirectUri,
                                List<String> allowedOAuthFlows, List<String> allowedOAuthScopes,
                                boolean allowedOAuthFlowsUserPoolClient, String preventUserExistenceErrors,
                                boolean enableTokenRevocation, boolean enablePropagateAdditionalUserContextData,
                                int authSessionValidityMinutes, Map<String, Object> additionalSettings) {
    public AppClientSettings {
        Objects.requireNonNull(clientName, "clientName");
        Objects.requireNonNull(refreshTokenValidity, "refreshTokenValidity");
        Objects.requireNonNull(accessTokenValidity, "accessTokenValidity");
        Objects.requireNonNull(idTokenValidity, "idTokenValidity");
        Objects.requireNonNull(preventUserExistenceErrors, "preventUserExistenceErrors");
        readAttributes = readAttributes == null ? null : Set.copyOf(readAttributes);
        writeAttributes = writeAttributes == null ? null : Set.copyOf(writeAttributes);
        explicitAuthFlows = List.copyOf(explicitAuthFlows);
        supportedIdentityProviders = List.copyOf(supportedIdentityProviders);
        callbackUrls = List.copyOf(callbackUrls);
        logoutUrls = List.copyOf(logoutUrls);
        allowedOAuthFlows = List.copyOf(allowedOAuthFlows);
        allowedOAuthScopes = List.copyOf(allowedOAuthScopes);
        additionalSettings = Map.copyOf(additionalSettings);
        if (authSessionValidityMinutes < 3 || authSessionValidityMinutes > 15) {
            throw new IllegalArgumentException(
                    "authSessionValidityMinutes must be 3 to 15, was " + authSessionValidityMinutes);
        }
    }

    /**
     * A client with the defaults Cognito gives a client created through the API: refresh tokens for 30 days,
     * access and ID tokens for 60 minutes, token revocation on, {@code LEGACY} existence errors, 3-minute
     * sessions.
     */
    public static AppClientSettings defaults(String clientName) {
        return new AppClientSettings(clientName, new TokenValidity(30, "days"), new TokenValidity(60, "minutes"),
                new TokenValidity(60, "minutes"), null, null, List.of(), List.of(), List.of(), List.of(), null,
                List.of(), List.of(), false, "LEGACY", true, false, 3, Map.of());
    }

    /** Whether unknown users must look like wrong credentials to this client's callers. */
    public boolean masksUserExistence() {
        return "ENABLED".equals(preventUserExistenceErrors);
    }
}
