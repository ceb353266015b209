package dev.cognitoes.http.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.cognitoes.client.api.AppClientSettings;
import dev.cognitoes.client.api.AppClientView;
import dev.cognitoes.client.api.TokenValidity;
import dev.cognitoes.http.wire.WireJson;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Maps the app client operations' wire shapes (Cognito's {@code CreateUserPoolClientRequest},
 * {@code UserPoolClientType}, ...) to the domain's records and back. {@code AnalyticsConfiguration} and
 * {@code RefreshTokenRotation} travel as JSON trees in {@link AppClientSettings#additionalSettings()}.
 */
final class AppClientWire {

    private AppClientWire() {
    }

    record CreateUserPoolClientRequest(String userPoolId, String clientName, Boolean generateSecret,
                                       String clientSecret, Long refreshTokenValidity, Long accessTokenValidity,
                                       Long idTokenValidity, TokenValidityUnitsWire tokenValidityUnits,
                                       List<String> readAttributes, List<String> writeAttributes,
                                       List<String> explicitAuthFlows, List<String> supportedIdentityProviders,
                                       @JsonProperty("CallbackURLs") List<String> callbackUrls,
                                       @JsonProperty("LogoutURLs") List<String> logoutUrls,
                                       @JsonProperty("DefaultRedirectURI") String defaultRedirectUri,
                                       List<String> allowedOAuthFlows, List<String> allowedOAuthScopes,
                                       Boolean allowedOAuthFlowsUserPoolClient, JsonNode analyticsConfiguration,
                                       String preventUserExistenceErrors, Boolean enableTokenRevocation,
                                       Boolean enablePropagateAdditionalUserContextData,
                                       Integer authSessionValidity, JsonNode refreshTokenRotation)
            implements ClientSettingsRequest {
    }

    record UpdateUserPoolClientRequest(String userPoolId, String clientId, String clientName,
                                       Long refreshTokenValidity, Long accessTokenValidity, Long idTokenValidity,
                                       TokenValidityUnitsWire tokenValidityUnits, List<String> readAttributes,
                                       List<String> writeAttributes, List<String> explicitAuthFlows,
                                       List<String> supportedIdentityProviders,
                                       @JsonProperty("CallbackURLs") List<String> callbackUrls,
                                       @JsonProperty("LogoutURLs") List<String> logoutUrls,
                                       @JsonProperty("DefaultRedirectURI") String defaultRedirectUri,
                                       List<String> allowedOAuthFlows, List<String> allowedOAuthScopes,
                                       Boolean allowedOAuthFlowsUserPoolClient, JsonNode analyticsConfiguration,
                                       String preventUserExistenceErrors, Boolean enableTokenRevocation,
                                       Boolean enablePropagateAdditionalUserContextData,
                                       Integer authSessionValidity, JsonNode refreshTokenRotation)
            implements ClientSettingsRequest {
    }

    record ClientIdRequest(String userPoolId, String clientId) {
    }

    record ListUserPoolClientsRequest(String userPoolId, Integer maxResults, String nextToken) {
    }

    record UserPoolClientResponse(UserPoolClientTypeWire userPoolClient) {
    }

    record ListUserPoolClientsResponse(List<UserPoolClientDescriptionWire> userPoolClients, String nextToken) {
    }

    record TokenValidityUnitsWire(String accessToken, String idToken, String refreshToken) {
    }

    record UserPoolClientTypeWire(String userPoolId, String clientName, String clientId, String clientSecret,
                                  Instant lastModifiedDate, Instant creationDate, Long refreshTokenValidity,
                                  Long accessTokenValidity, Long idTokenValidity,
                                  TokenValidityUnitsWire tokenValidityUnits, List<String> readAttributes,
                                  List<String> writeAttributes, List<String> explicitAuthFlows,
                                  List<String> supportedIdentityProviders,
                                  @JsonProperty("CallbackURLs") List<String> callbackUrls,
                                  @JsonProperty("LogoutURLs") List<String> logoutUrls,
                                  @JsonProperty("DefaultRedirectURI") String defaultRedirectUri,
                                  List<String> allowedOAuthFlows, List<String> allowedOAuthScopes,
                                  Boolean allowedOAuthFlowsUserPoolClient, Object analyticsConfiguration,
                                  String preventUserExistenceErrors, Boolean enableTokenRevocation,
                                  Boolean enablePropagateAdditionalUserContextData, Integer authSessionValidity,
                                  Object refreshTokenRotation) {
    }

    record UserPoolClientDescriptionWire(String clientId, String userPoolId, String clientName) {
    }

    /** The members CreateUserPoolClient and UpdateUserPoolClient share. */
    interface ClientSettingsRequest {
        Long refreshTokenValidity();

        Long accessTokenValidity();

        Long idTokenValidity();

        TokenValidityUnitsWire tokenValidityUnits();

        List<String> readAttributes();

        List<String> writeAttributes();

        List<String> explicitAuthFlows();

        List<String> supportedIdentityProviders();

        List<String> callbackUrls();

        List<String> logoutUrls();

        String defaultRedirectUri();

        List<String> allowedOAuthFlows();

        List<String> allowedOAuthScopes();

        Boolean allowedOAuthFlowsUserPoolClient();

        JsonNode analyticsConfiguration();

        String preventUserExistenceErrors();

        Boolean enableTokenRevocation();

        Boolean enablePropagateAdditionalUserContextData();

        Integer authSessionValidity();

        JsonNode refreshTokenRotation();
    }

    /**
     * The whole configuration a request describes, Cognito's defaults in place of what it leaves out. A validity
     * without a unit counts in Cognito's default unit for requests (days for refresh tokens, hours for the
     * others); a unit without a validity applies to the default validity.
     */
    static AppClientSettings settings(String clientName, ClientSettingsRequest r) {
        TokenValidityUnitsWire units = r.tokenValidityUnits();
        AppClientSettings defaults = AppClientSettings.defaults(clientName);
        Map<String, Object> additional = new LinkedHashMap<>();
        keep(additional, "AnalyticsConfiguration", r.analyticsConfiguration());
        keep(additional, "RefreshTokenRotation", r.refreshTokenRotation());
        return new AppClientSettings(clientName,
                validity(r.refreshTokenValidity(), units == null ? null : units.refreshToken(), "days",
                        defaults.refreshTokenValidity()),
                validity(r.accessTokenValidity(), units == null ? null : units.accessToken(), "hours",
                        defaults.accessTokenValidity()),
                validity(r.idTokenValidity(), units == null ? null : units.idToken(), "hours",
                        defaults.idTokenValidity()),
                r.readAttributes() == null ? null : Set.copyOf(r.readAttributes()),
                r.writeAttributes() == null ? null : Set.copyOf(r.writeAttributes()),
                orEmpty(r.explicitAuthFlows()), orEmpty(r.supportedIdentityProviders()), orEmpty(r.callbackUrls()),
                orEmpty(r.logoutUrls()), r.defaultRedirectUri(), orEmpty(r.allowedOAuthFlows()),
                orEmpty(r.allowedOAuthScopes()), Boolean.TRUE.equals(r.allowedOAuthFlowsUserPoolClient()),
                r.preventUserExistenceErrors() == null ? defaults.preventUserExistenceErrors()
                        : r.preventUserExistenceErrors(),
                r.enableTokenRevocation() == null ? defaults.enableTokenRevocation() : r.enableTokenRevocation(),
                Boolean.TRUE.equals(r.enablePropagateAdditionalUserContextData()),
                r.authSessionValidity() == null ? defaults.authSessionValidityMinutes() : r.authSessionValidity(),
                additional);
    }

    static UserPoolClientTypeWire client(AppClientView client) {
        AppClientSettings s = client.settings();
        return new UserPoolClientTypeWire(client.userPoolId(), s.clientName(), client.clientId(),
                client.clientSecret().orElse(null), client.lastModifiedDate(), client.creationDate(),
                s.refreshTokenValidity().value(), s.accessTokenValidity().value(), s.idTokenValidity().value(),
                new TokenValidityUnitsWire(s.accessTokenValidity().unit(), s.idTokenValidity().unit(),
                        s.refreshTokenValidity().unit()),
                sortedOrNull(s.readAttributes()), sortedOrNull(s.writeAttributes()),
                nonEmpty(s.explicitAuthFlows()), nonEmpty(s.supportedIdentityProviders()),
                nonEmpty(s.callbackUrls()), nonEmpty(s.logoutUrls()), s.defaultRedirectUri(),
                nonEmpty(s.allowedOAuthFlows()), nonEmpty(s.allowedOAuthScopes()),
                s.allowedOAuthFlowsUserPoolClient(), s.additionalSettings().get("AnalyticsConfiguration"),
                s.preventUserExistenceErrors(), s.enableTokenRevocation(),
                s.enablePropagateAdditionalUserContextData(), s.authSessionValidityMinutes(),
                s.additionalSettings().get("RefreshTokenRotation"));
    }

    static UserPoolClientDescriptionWire description(AppClientView client) {
        return new UserPoolClientDescriptionWire(client.clientId(), client.userPoolId(),
                client.settings().clientName());
    }

    private static TokenValidity validity(Long value, String unit, String requestDefaultUnit,
                                          TokenValidity defaultValidity) {
        if (value == null) {
            return unit == null ? defaultValidity : new TokenValidity(defaultValidity.value(), unit);
        }
        return new TokenValidity(value, unit == null ? requestDefaultUnit : unit);
    }

    private static void keep(Map<String, Object> additional, String member, JsonNode tree) {
        if (tree != null && !tree.isNull()) {
            additional.put(member, WireJson.mapper().convertValue(tree, Object.class));
        }
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }

    private static List<String> nonEmpty(List<String> values) {
        return values.isEmpty() ? null : values;
    }

    private static List<String> sortedOrNull(Set<String> values) {
        return values == null ? null : List.copyOf(new TreeSet<>(values));
    }
}
