package dev.cognitoes.auth.token;

import dev.cognitoes.auth.signing.SigningKeyGenerator;
import dev.cognitoes.client.api.AppClientSettings;
import dev.cognitoes.client.api.AppClientView;
import dev.cognitoes.client.api.CreateUserPoolClientCommand;
import dev.cognitoes.client.api.TokenValidity;
import dev.cognitoes.config.CognitoRuntime;
import dev.cognitoes.testkit.FixedSigningKeys;
import dev.cognitoes.testkit.SequentialIdGenerator;
import dev.cognitoes.testkit.TestClock;
import dev.cognitoes.user.api.UserStatus;
import dev.cognitoes.user.api.UserView;
import dev.cognitoes.userpool.api.AttributeDataType;
import dev.cognitoes.userpool.api.CreateUserPoolCommand;
import dev.cognitoes.userpool.api.SchemaAttributeDeclaration;
import dev.cognitoes.userpool.api.SignInSettings;
import dev.cognitoes.userpool.api.UserPoolSettings;
import dev.cognitoes.userpool.api.UserPoolView;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A runtime with one pool (with a {@code custom:team} attribute) on fixed keys and a test clock. */
final class TokenFixture implements AutoCloseable {

    static final Instant T0 = Instant.parse("2026-03-04T05:06:07Z");
    static final String SUB = "7d8ca528-4931-4254-9273-ea5ee853f271";
    static final IssuerBase ISSUER_BASE = IssuerBase.of("https://idp.example.test:8443");

    final TestClock clock = new TestClock(T0);
    final CognitoRuntime runtime = CognitoRuntime.builder()
            .clock(clock)
            .idGenerator(new SequentialIdGenerator())
            .issuerBase(ISSUER_BASE)
            .component(SigningKeyGenerator.class, new FixedSigningKeys())
            .build();
    final UserPoolView pool = createPool();

    private UserPoolView createPool() {
        return runtime.send(new CreateUserPoolCommand("eu-west-1", SignInSettings.DEFAULT,
                List.of(SchemaAttributeDeclaration.of("team", AttributeDataType.STRING)),
                UserPoolSettings.defaults("pool")));
    }

    UserPoolView anotherPool() {
        return createPool();
    }

    AppClientView client(TokenValidity id, TokenValidity access, TokenValidity refresh, Set<String> readable) {
        AppClientSettings d = AppClientSettings.defaults("web");
        AppClientSettings settings = new AppClientSettings(d.clientName(), refresh, access, id, readable,
                d.writeAttributes(), d.explicitAuthFlows(), d.supportedIdentityProviders(), d.callbackUrls(),
                d.logoutUrls(), d.defaultRedirectUri(), d.allowedOAuthFlows(), d.allowedOAuthScopes(),
                d.allowedOAuthFlowsUserPoolClient(), d.preventUserExistenceErrors(), d.enableTokenRevocation(),
                d.enablePropagateAdditionalUserContextData(), d.authSessionValidityMinutes(),
                d.additionalSettings());
        return runtime.send(new CreateUserPoolClientCommand(pool.id(), settings, false, null));
    }

    AppClientView defaultClient() {
        return runtime.send(new CreateUserPoolClientCommand(pool.id(), AppClientSettings.defaults("web"), false,
                null));
    }

    UserView user(Map<String, String> attributes) {
        return new UserView(pool.id(), "Jane", SUB, attributes, UserStatus.CONFIRMED, true, T0, T0);
    }

    TokenGrant grant(AppClientView client, UserView user) {
        return new TokenGrant(client, user, T0.minusSeconds(30), "origin-1", "event-1");
    }

    TokenIssuer issuer() {
        return runtime.component(TokenIssuer.class);
    }

    AccessTokenVerifier verifier() {
        return runtime.component(AccessTokenVerifier.class);
    }

    @Override
    public void close() {
        runtime.close();
    }
}
