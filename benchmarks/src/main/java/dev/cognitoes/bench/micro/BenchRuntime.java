package dev.cognitoes.bench.micro;

import dev.cognitoes.client.api.AppClientSettings;
import dev.cognitoes.client.api.AppClientView;
import dev.cognitoes.client.api.CreateUserPoolClientCommand;
import dev.cognitoes.config.CognitoRuntime;
import dev.cognitoes.userpool.api.CreateUserPoolCommand;
import dev.cognitoes.userpool.api.SignInSettings;
import dev.cognitoes.userpool.api.UserPoolSettings;
import dev.cognitoes.userpool.api.UserPoolView;
import java.util.List;
import java.util.Set;

/** An in-memory runtime with one pool (email verified on sign-up) and one client allowing every sign-in flow. */
final class BenchRuntime implements AutoCloseable {

    static final String PASSWORD = "Bench-Passw0rd!";
    static final String FIXED_CODE = "123456";

    final CognitoRuntime runtime;
    final UserPoolView pool;
    final AppClientView client;

    BenchRuntime(CognitoRuntime.Builder builder) {
        this.runtime = builder.codeGenerator(() -> FIXED_CODE).build();
        this.pool = runtime.send(new CreateUserPoolCommand("eu-west-1", SignInSettings.DEFAULT, List.of(),
                UserPoolSettings.defaults("bench").withAutoVerifiedAttributes(Set.of("email"))));
        AppClientSettings d = AppClientSettings.defaults("bench");
        AppClientSettings settings = new AppClientSettings(d.clientName(), d.refreshTokenValidity(),
                d.accessTokenValidity(), d.idTokenValidity(), d.readAttributes(), d.writeAttributes(),
                List.of("ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"),
                d.supportedIdentityProviders(), d.callbackUrls(), d.logoutUrls(), d.defaultRedirectUri(),
                d.allowedOAuthFlows(), d.allowedOAuthScopes(), d.allowedOAuthFlowsUserPoolClient(),
                d.preventUserExistenceErrors(), d.enableTokenRevocation(),
                d.enablePropagateAdditionalUserContextData(), d.authSessionValidityMinutes(),
                d.additionalSettings());
        this.client = runtime.send(new CreateUserPoolClientCommand(pool.id(), settings, false, null));
    }

    BenchRuntime() {
        this(CognitoRuntime.builder());
    }

    @Override
    public void close() {
        runtime.close();
    }
}
