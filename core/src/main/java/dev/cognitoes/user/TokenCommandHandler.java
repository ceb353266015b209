package dev.cognitoes.user;

import dev.cognitoes.auth.token.IssuedRefreshToken;
import dev.cognitoes.auth.token.IssuedTokens;
import dev.cognitoes.auth.token.TokenGrant;
import dev.cognitoes.auth.token.TokenIssuer;
import dev.cognitoes.client.api.AppClientView;
import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.CognitoException;
import dev.cognitoes.shared.Rejected;
import dev.cognitoes.spi.StorageModule;
import dev.cognitoes.user.SignInCommands.RefreshSignIn;
import dev.cognitoes.user.SignInCommands.Refreshed;
import dev.cognitoes.user.SignedInUsers.SignedInUser;
import dev.cognitoes.user.TokenCommands.ChangePassword;
import dev.cognitoes.user.TokenCommands.RevokeRefreshToken;
import dev.cognitoes.user.TokenCommands.RotateRefreshToken;
import dev.cognitoes.user.TokenCommands.SignOutEverywhere;
import dev.cognitoes.user.api.AdminUserGlobalSignOutCommand;
import dev.cognitoes.user.api.AdminUserGlobalSignOutResult;
import dev.cognitoes.user.api.ChangePasswordCommand;
import dev.cognitoes.user.api.ChangePasswordResult;
import dev.cognitoes.user.api.GetTokensFromRefreshTokenCommand;
import dev.cognitoes.user.api.GlobalSignOutCommand;
import dev.cognitoes.user.api.GlobalSignOutResult;
import dev.cognitoes.user.api.RevokeTokenCommand;
import dev.cognitoes.user.api.RevokeTokenResult;
import dev.cognitoes.user.api.SignInResult;
import dev.cognitoes.user.api.UserView;
import dev.cognitoes.userpool.api.UserPoolView;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.config.Configuration;

/**
 * Handles the operations that take a token: GlobalSignOut and ChangePassword (authorized by an access token, see
 * {@link SignedInUsers}), RevokeToken and GetTokensFromRefreshToken (a refresh token and its app client), and
 * AdminUserGlobalSignOut. The {@link User} aggregate decides what becomes of refresh tokens and passwords; the
 * revocations it records reach the user read model, where access tokens are checked.
 */
final class TokenCommandHandler {

    private final Configuration configuration;
    private final UserDirectory directory;
    private final SignedInUsers signedIn;
    private final RefreshTokens refreshTokens;

    TokenCommandHandler(Configuration configuration) {
        this.configuration = configuration;
        this.directory = new UserDirectory(configuration);
        this.signedIn = new SignedInUsers(directory);
        this.refreshTokens = new RefreshTokens(directory.component(StorageModule.class).masterKey());
    }

    @CommandHandler
    GlobalSignOutResult handle(GlobalSignOutCommand command) {
        SignedInUser user = signedIn.authorize(command.accessToken());
        send(new SignOutEverywhere(user.user().sub(), false));
        return new GlobalSignOutResult();
    }

    @CommandHandler
    AdminUserGlobalSignOutResult handle(AdminUserGlobalSignOutCommand command) {
        UserView user = directory.existing(directory.pool(command.userPoolId()), command.username());
        send(new SignOutEverywhere(user.sub(), true));
        return new AdminUserGlobalSignOutResult();
    }

    @CommandHandler
    Object handle(ChangePasswordCommand command) {
        SignedInUser user = signedIn.authorize(command.accessToken());
        if (command.previousPassword() == null) {
            throw SignInErrors.missing("PreviousPassword");
        }
        UserPoolView pool = directory.pool(user.user().userPoolId());
        new PasswordRules(pool.settings().passwordPolicy()).check(command.proposedPassword());
        Object outcome = send(new ChangePassword(user.user().sub(), user.claims().clientId(),
                command.previousPassword(), command.proposedPassword()));
        if (outcome instanceof Rejected) {
            return outcome;
        }
        return new ChangePasswordResult();
    }

    @CommandHandler
    RevokeTokenResult handle(RevokeTokenCommand command) {
        AppClientView client = directory.clientDirectory().find(command.clientId())
                .orElseThrow(() -> new CognitoException(CognitoError.UNAUTHORIZED,
                        SignInErrors.INVALID_CLIENT_SECRET));
        if (!secretMatches(client, command.clientSecret())) {
            throw new CognitoException(CognitoError.UNAUTHORIZED, SignInErrors.INVALID_CLIENT_SECRET);
        }
        if (!client.settings().enableTokenRevocation()) {
            throw new CognitoException(CognitoError.UNSUPPORTED_OPERATION, SignInErrors.REVOCATION_DISABLED);
        }
        RefreshTokens.Holder holder = refreshTokens.open(command.token())
                .filter(h -> h.userPoolId().equals(client.userPoolId()))
                .orElseThrow(() -> new CognitoException(CognitoError.UNSUPPORTED_TOKEN_TYPE,
                        SignInErrors.UNSUPPORTED_TOKEN));
        Optional<UserView> user = directory.users().findBySub(holder.userPoolId(), holder.sub());
        if (user.isPresent()) {
            send(new RevokeRefreshToken(user.get().sub(), client.clientId(), holder.token()));
        }
        return new RevokeTokenResult();
    }

    @CommandHandler
    SignInResult handle(GetTokensFromRefreshTokenCommand command) {
        AppClientView client = directory.client(command.clientId());
        if (!secretMatches(client, command.clientSecret())) {
            throw SignInErrors.notAuthorized(SignInErrors.INVALID_CLIENT_SECRET);
        }
        UserPoolView pool = directory.pool(client.userPoolId());
        RefreshTokens.Holder holder = refreshTokens.open(command.refreshToken())
                .filter(h -> h.userPoolId().equals(pool.id()))
                .orElseThrow(() -> SignInErrors.notAuthorized(SignInErrors.INVALID_REFRESH_TOKEN));
        UserView user = directory.users().findBySub(pool.id(), holder.sub())
                .orElseThrow(() -> SignInErrors.notAuthorized(UserDirectory.USER_NOT_FOUND));
        if (!user.enabled()) {
            throw SignInErrors.notAuthorized(SignInErrors.DISABLED);
        }
        RefreshTokenRotation rotation = RefreshTokenRotation.of(client.settings());
        String eventId = UUID.randomUUID().toString();
        TokenIssuer issuer = directory.component(TokenIssuer.class);
        if (!rotation.enabled()) {
            Refreshed refreshed = (Refreshed) send(new RefreshSignIn(user.sub(), client.clientId(), holder.token(),
                    eventId));
            return SignInResult.signedIn(issuer.issueWithoutRefreshToken(new TokenGrant(client, user,
                    refreshed.authTime(), refreshed.originJti(), eventId, directory.groupsOf(user))));
        }
        Instant now = directory.component(Clock.class).instant();
        IssuedRefreshToken next = refreshTokens.issue(pool.id(), user.sub(), client.clientId(),
                holder.token().originJti(), holder.token().authTime(), now,
                now.plus(client.settings().refreshTokenValidity().duration()));
        Refreshed refreshed = (Refreshed) send(new RotateRefreshToken(user.sub(), client.clientId(),
                holder.token(), next.tokenId(), next.expiresAt(), eventId, rotation.gracePeriod()));
        IssuedTokens signed = issuer.issueWithoutRefreshToken(new TokenGrant(client, user, refreshed.authTime(),
                refreshed.originJti(), eventId, directory.groupsOf(user)));
        return SignInResult.signedIn(new IssuedTokens(signed.idToken(), signed.accessToken(), Optional.of(next),
                signed.expiresIn(), signed.tokenType()));
    }

    private static boolean secretMatches(AppClientView client, String given) {
        if (client.clientSecret().isEmpty()) {
            return true;
        }
        return given != null && MessageDigest.isEqual(client.clientSecret().get().getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }

    private Object send(Object command) {
        return configuration.commandGateway().sendAndWait(command);
    }
}
