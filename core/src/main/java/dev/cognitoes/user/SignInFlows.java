package dev.cognitoes.user;

import dev.cognitoes.client.api.AppClientSettings;
import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.CognitoException;
import java.util.List;
import java.util.Set;

/**
 * The authentication flows and challenges of the sign-in operations, and which flows an app client allows.
 *
 * <p>A client's {@code ExplicitAuthFlows} lists either {@code ALLOW_*} values, each allowing its flow, or the
 * legacy values, under which SRP and refresh are always allowed and {@code USER_PASSWORD_AUTH} and
 * {@code ADMIN_NO_SRP_AUTH} allow the password flows; an empty list means Cognito's default
 * ({@code ALLOW_USER_SRP_AUTH}, {@code ALLOW_REFRESH_TOKEN_AUTH}, {@code ALLOW_CUSTOM_AUTH}).
 */
final class SignInFlows {

    static final String USER_SRP_AUTH = "USER_SRP_AUTH";
    static final String USER_PASSWORD_AUTH = "USER_PASSWORD_AUTH";
    static final String ADMIN_USER_PASSWORD_AUTH = "ADMIN_USER_PASSWORD_AUTH";
    static final String ADMIN_NO_SRP_AUTH = "ADMIN_NO_SRP_AUTH";
    static final String REFRESH_TOKEN_AUTH = "REFRESH_TOKEN_AUTH";
    static final String REFRESH_TOKEN = "REFRESH_TOKEN";

    static final String PASSWORD_VERIFIER = "PASSWORD_VERIFIER";
    static final String NEW_PASSWORD_REQUIRED = "NEW_PASSWORD_REQUIRED";

    private static final Set<String> CLIENT_FLOWS = Set.of(USER_SRP_AUTH, USER_PASSWORD_AUTH, REFRESH_TOKEN_AUTH);
    private static final Set<String> ADMIN_FLOWS = Set.of(USER_SRP_AUTH, ADMIN_USER_PASSWORD_AUTH,
            REFRESH_TOKEN_AUTH);
    private static final Set<String> NOT_YET_SUPPORTED = Set.of("CUSTOM_AUTH", "USER_AUTH");

    private SignInFlows() {
    }

    /**
     * The flow an {@code AuthFlow} value names, old names mapped to the current ones, checked to be one the
     * operation offers and the client allows.
     *
     * @param administrator whether the request is AdminInitiateAuth
     * @throws CognitoException InvalidParameterException when the operation does not offer the flow or the client
     *                          does not allow it; UnsupportedOperationException for flows cognito-es lacks
     */
    static String allowed(String authFlow, boolean administrator, AppClientSettings client) {
        String flow = switch (authFlow) {
            case REFRESH_TOKEN -> REFRESH_TOKEN_AUTH;
            case ADMIN_NO_SRP_AUTH -> ADMIN_USER_PASSWORD_AUTH;
            default -> authFlow;
        };
        if (NOT_YET_SUPPORTED.contains(flow)) {
            throw new CognitoException(CognitoError.UNSUPPORTED_OPERATION,
                    flow + " is not supported by cognito-es yet.");
        }
        if (!(administrator ? ADMIN_FLOWS : CLIENT_FLOWS).contains(flow)) {
            throw new CognitoException(CognitoError.INVALID_PARAMETER, SignInErrors.METHOD_NOT_SUPPORTED);
        }
        requireEnabled(flow, client);
        return flow;
    }

    /** @throws CognitoException InvalidParameterException when the client does not allow the flow */
    static void requireEnabled(String flow, AppClientSettings client) {
        if (!enabled(flow, client.explicitAuthFlows())) {
            throw new CognitoException(CognitoError.INVALID_PARAMETER, flow.equals(USER_PASSWORD_AUTH)
                    ? "USER_PASSWORD_AUTH flow not enabled for this client"
                    : "Auth flow not enabled for this client");
        }
    }

    private static boolean enabled(String flow, List<String> explicitAuthFlows) {
        boolean legacy = explicitAuthFlows.stream().noneMatch(value -> value.startsWith("ALLOW_"));
        boolean customOnly = explicitAuthFlows.contains("CUSTOM_AUTH_FLOW_ONLY");
        return switch (flow) {
            case USER_SRP_AUTH -> legacy ? !customOnly : explicitAuthFlows.contains("ALLOW_USER_SRP_AUTH");
            case REFRESH_TOKEN_AUTH -> legacy || explicitAuthFlows.contains("ALLOW_REFRESH_TOKEN_AUTH");
            case USER_PASSWORD_AUTH -> explicitAuthFlows.contains("ALLOW_USER_PASSWORD_AUTH")
                    || explicitAuthFlows.contains(USER_PASSWORD_AUTH);
            case ADMIN_USER_PASSWORD_AUTH -> explicitAuthFlows.contains("ALLOW_ADMIN_USER_PASSWORD_AUTH")
                    || explicitAuthFlows.contains(ADMIN_NO_SRP_AUTH);
            default -> false;
        };
    }
}
