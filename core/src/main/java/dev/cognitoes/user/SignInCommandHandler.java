package dev.cognitoes.user;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cognitoes.auth.SecretHash;
import dev.cognitoes.auth.srp.DecoyPasswordVerifiers;
import dev.cognitoes.auth.srp.InvalidSrpAException;
import dev.cognitoes.auth.srp.SrpChallenge;
import dev.cognitoes.auth.srp.SrpResponse;
import dev.cognitoes.auth.srp.SrpServer;
import dev.cognitoes.auth.token.IssuedRefreshToken;
import dev.cognitoes.auth.token.IssuedTokens;
import dev.cognitoes.auth.token.TokenGrant;
import dev.cognitoes.auth.token.TokenIssuer;
import dev.cognitoes.client.api.AppClientDirectory;
import dev.cognitoes.client.api.AppClientView;
import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.CognitoException;
import dev.cognitoes.shared.Rejected;
import dev.cognitoes.spi.StorageModule;
import dev.cognitoes.user.ChallengeSessions.Session;
import dev.cognitoes.user.SignInCommands.AnswerPasswordVerifier;
import dev.cognitoes.user.SignInCommands.BeginSrpSignIn;
import dev.cognitoes.user.SignInCommands.ChooseNewPassword;
import dev.cognitoes.user.SignInCommands.NewPasswordRequired;
import dev.cognitoes.user.SignInCommands.RefreshSignIn;
import dev.cognitoes.user.SignInCommands.Refreshed;
import dev.cognitoes.user.SignInCommands.SignInGrant;
import dev.cognitoes.user.SignInCommands.SignInWithPassword;
import dev.cognitoes.user.SignInCommands.SignedIn;
import dev.cognitoes.user.api.AdminInitiateAuthCommand;
import dev.cognitoes.user.api.AdminRespondToAuthChallengeCommand;
import dev.cognitoes.user.api.InitiateAuthCommand;
import dev.cognitoes.user.api.RespondToAuthChallengeCommand;
import dev.cognitoes.user.api.SignInResult;
import dev.cognitoes.user.api.UserStatus;
import dev.cognitoes.user.api.UserView;
import dev.cognitoes.userpool.api.SchemaAttribute;
import dev.cognitoes.userpool.api.UserPoolView;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.config.Configuration;

/**
 * Handles InitiateAuth, AdminInitiateAuth, RespondToAuthChallenge and AdminRespondToAuthChallenge: checks the
 * client, its allowed flows, the secret hash and the parameters, finds the user, then has the {@link User}
 * aggregate decide on the password, the lockout and the single use of sessions, and issues the tokens of a
 * sign-in that succeeded. Tokens are never returned together with a challenge.
 */
final class SignInCommandHandler {

    private static final String USER_ATTRIBUTE_PREFIX = "userAttributes.";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Configuration configuration;
    private final UserDirectory directory;
    private final ChallengeSessions sessions;
    private final RefreshTokens refreshTokens;
    private final DecoyPasswordVerifiers decoys;

    SignInCommandHandler(Configuration configuration) {
        this.configuration = configuration;
        this.directory = new UserDirectory(configuration);
        SecretKey masterKey = directory.component(StorageModule.class).masterKey();
        this.sessions = new ChallengeSessions(masterKey);
        this.refreshTokens = new RefreshTokens(masterKey);
        this.decoys = new DecoyPasswordVerifiers(masterKey);
    }

    @CommandHandler
    Object handle(InitiateAuthCommand command) {
        AppClientView client = directory.client(command.clientId());
        return initiate(client, SignInFlows.allowed(command.authFlow(), false, client.settings()),
                command.authParameters());
    }

    @CommandHandler
    Object handle(AdminInitiateAuthCommand command) {
        AppClientView client = clientOf(directory.pool(command.userPoolId()), command.clientId());
        return initiate(client, SignInFlows.allowed(command.authFlow(), true, client.settings()),
                command.authParameters());
    }

    @CommandHandler
    Object handle(RespondToAuthChallengeCommand command) {
        AppClientView client = directory.client(command.clientId());
        return respond(client, false, command.challengeName(), command.session(), command.challengeResponses());
    }

    @CommandHandler
    Object handle(AdminRespondToAuthChallengeCommand command) {
        AppClientView client = clientOf(directory.pool(command.userPoolId()), command.clientId());
        return respond(client, true, command.challengeName(), command.session(), command.challengeResponses());
    }

    private Object initiate(AppClientView client, String flow, Map<String, String> parameters) {
        UserPoolView pool = directory.pool(client.userPoolId());
        return switch (flow) {
            case SignInFlows.REFRESH_TOKEN_AUTH -> refresh(pool, client, parameters);
            case SignInFlows.USER_SRP_AUTH -> beginSrp(pool, client, parameters);
            default -> signInWithPassword(pool, client, flow, parameters);
        };
    }

    private Object signInWithPassword(UserPoolView pool, AppClientView client, String flow,
                                      Map<String, String> parameters) {
        String name = required(parameters, "USERNAME");
        String password = required(parameters, "PASSWORD");
        ClientSecretCheck.verify(client, name, parameters.get("SECRET_HASH"));
        UserView user = signingIn(pool, client, name);
        Prepared prepared = prepare(pool, client, user);
        Object outcome = send(new SignInWithPassword(user.sub(), client.clientId(), flow, password,
                prepared.grant()));
        return finish(outcome, pool, client, user, flow, prepared);
    }

    private SignInResult beginSrp(UserPoolView pool, AppClientView client, Map<String, String> parameters) {
        String name = required(parameters, "USERNAME");
        String srpA = required(parameters, "SRP_A");
        ClientSecretCheck.verify(client, name, parameters.get("SECRET_HASH"));
        Optional<UserView> found = directory.find(pool, name);
        if (found.isEmpty()) {
            if (!client.settings().masksUserExistence()) {
                throw userNotFound();
            }
            return passwordVerifierChallenge(pool, client, "", decoyChallenge(pool, name, srpA));
        }
        UserView user = requireEnabled(found.get());
        SrpChallenge challenge = (SrpChallenge) send(new BeginSrpSignIn(user.sub(), srpA));
        return passwordVerifierChallenge(pool, client, user.sub(), challenge);
    }

    private SrpChallenge decoyChallenge(UserPoolView pool, String name, String srpA) {
        String normalized = new SignInNames(pool).normalize(name);
        String userIdForSrp = new SignInNames(pool).usesUsernameAttributes()
                ? decoys.userIdForUnknownUser(pool.id(), normalized) : name;
        try {
            return directory.component(SrpServer.class).begin(pool.id(), userIdForSrp,
                    decoys.forUnknownUser(pool.id(), normalized), srpA);
        } catch (InvalidSrpAException invalid) {
            throw new CognitoException(CognitoError.INVALID_PARAMETER, invalid.getMessage());
        }
    }

    private SignInResult passwordVerifierChallenge(UserPoolView pool, AppClientView client, String sub,
                                                   SrpChallenge challenge) {
        Map<String, String> parameters = new LinkedHashMap<>(challenge.challengeParameters());
        parameters.put("USERNAME", challenge.userIdForSrp());
        String session = sessions.seal(new Session(secretBlockId(challenge.secretBlock()), pool.id(),
                client.clientId(), sub, SignInFlows.PASSWORD_VERIFIER, SignInFlows.USER_SRP_AUTH,
                now().plus(sessionValidity(client))));
        return SignInResult.challenge(SignInFlows.PASSWORD_VERIFIER, parameters, session);
    }

    private Object refresh(UserPoolView pool, AppClientView client, Map<String, String> parameters) {
        String token = required(parameters, "REFRESH_TOKEN");
        RefreshTokens.Holder holder = refreshTokens.open(token)
                .filter(h -> h.userPoolId().equals(pool.id()))
                .orElseThrow(() -> SignInErrors.notAuthorized(SignInErrors.INVALID_REFRESH_TOKEN));
        UserView user = directory.users().findBySub(pool.id(), holder.sub())
                .orElseThrow(() -> SignInErrors.notAuthorized(UserDirectory.USER_NOT_FOUND));
        String secretHash = parameters.get("SECRET_HASH");
        boolean hashedWithSub = client.clientSecret().isPresent()
                && SecretHash.matches(client.clientSecret().get(), user.sub(), client.clientId(), secretHash);
        if (!hashedWithSub) {
            ClientSecretCheck.verify(client, user.username(), secretHash);
        }
        requireEnabled(user);
        String eventId = UUID.randomUUID().toString();
        Refreshed refreshed = (Refreshed) send(new RefreshSignIn(user.sub(), client.clientId(), holder.token(),
                eventId));
        return SignInResult.signedIn(tokenIssuer().issueWithoutRefreshToken(
                new TokenGrant(client, user, refreshed.authTime(), refreshed.originJti(), eventId,
                        directory.groupsOf(user))));
    }

    private Object respond(AppClientView client, boolean administrator, String challengeName, String sessionText,
                           Map<String, String> responses) {
        UserPoolView pool = directory.pool(client.userPoolId());
        return switch (challengeName) {
            case SignInFlows.PASSWORD_VERIFIER -> answerPasswordVerifier(pool, client, sessionText, responses);
            case SignInFlows.NEW_PASSWORD_REQUIRED -> answerNewPasswordRequired(pool, client, administrator,
                    sessionText, responses);
            default -> throw sessionText == null ? SignInErrors.missing("Session") : SignInErrors.invalidSession();
        };
    }

    private Object answerPasswordVerifier(UserPoolView pool, AppClientView client, String sessionText,
                                          Map<String, String> responses) {
        SignInFlows.requireEnabled(SignInFlows.USER_SRP_AUTH, client.settings());
        String name = required(responses, "USERNAME");
        String secretBlock = required(responses, "PASSWORD_CLAIM_SECRET_BLOCK");
        String signature = required(responses, "PASSWORD_CLAIM_SIGNATURE");
        String timestamp = required(responses, "TIMESTAMP");
        ClientSecretCheck.verify(client, name, responses.get("SECRET_HASH"));
        String sessionId = secretBlockId(secretBlock);
        Optional<Session> session = Optional.ofNullable(sessionText)
                .map(text -> openSession(text, pool, client, SignInFlows.PASSWORD_VERIFIER));
        if (session.isPresent() && !session.get().sessionId().equals(sessionId)) {
            throw SignInErrors.invalidSession();
        }
        Optional<UserView> found = directory.find(pool, name);
        if (found.isEmpty()) {
            throw client.settings().masksUserExistence() ? SignInErrors.incorrectCredentials() : userNotFound();
        }
        UserView user = found.get();
        if (session.isPresent() && !session.get().sub().equals(user.sub())) {
            throw SignInErrors.invalidSession();
        }
        requireEnabled(user);
        Prepared prepared = prepare(pool, client, user);
        Object outcome = send(new AnswerPasswordVerifier(user.sub(), client.clientId(),
                new SrpResponse(secretBlock, signature, timestamp), sessionId, sessionValidity(client),
                prepared.grant()));
        return finish(outcome, pool, client, user, SignInFlows.USER_SRP_AUTH, prepared);
    }

    private SignInResult answerNewPasswordRequired(UserPoolView pool, AppClientView client, boolean administrator,
                                                   String sessionText, Map<String, String> responses) {
        if (sessionText == null) {
            throw SignInErrors.missing("Session");
        }
        Session session = openSession(sessionText, pool, client, SignInFlows.NEW_PASSWORD_REQUIRED);
        String name = required(responses, "USERNAME");
        String newPassword = required(responses, "NEW_PASSWORD");
        ClientSecretCheck.verify(client, name, responses.get("SECRET_HASH"));
        UserView user = directory.find(pool, name).filter(found -> found.sub().equals(session.sub()))
                .orElseThrow(SignInErrors::invalidSession);
        requireEnabled(user);
        Map<String, String> given = new TreeMap<>();
        responses.forEach((key, value) -> {
            if (key.startsWith(USER_ATTRIBUTE_PREFIX)) {
                given.put(key.substring(USER_ATTRIBUTE_PREFIX.length()), value);
            }
        });
        Map<String, String> attributes = new LinkedHashMap<>(user.attributes());
        attributes.remove("sub");
        attributes.putAll(given);
        List<String> missing = missingRequiredAttributes(pool, attributes);
        if (!missing.isEmpty()) {
            throw new CognitoException(CognitoError.INVALID_PARAMETER,
                    "Invalid attributes given, " + String.join(" and ", missing) + " is missing");
        }
        AttributeSchema.checkWritable(pool, administrator ? null : client, given);
        new PasswordRules(pool.settings().passwordPolicy()).check(newPassword);
        Prepared prepared = prepare(pool, client, user);
        SignedIn signedIn = (SignedIn) send(new ChooseNewPassword(user.sub(), client.clientId(), session.authFlow(),
                session.sessionId(), newPassword, given, prepared.grant()));
        UserView confirmed = new UserView(user.userPoolId(), user.username(), user.sub(),
                UserProjection.withSub(user.sub(), attributes), UserStatus.CONFIRMED, user.enabled(),
                user.createDate(), signedIn.authTime());
        return tokens(client, confirmed, signedIn.authTime(), prepared);
    }

    private Object finish(Object outcome, UserPoolView pool, AppClientView client, UserView user, String flow,
                          Prepared prepared) {
        if (outcome instanceof Rejected) {
            return outcome;
        }
        if (outcome instanceof NewPasswordRequired) {
            return newPasswordRequiredChallenge(pool, client, user, flow);
        }
        return tokens(client, user, ((SignedIn) outcome).authTime(), prepared);
    }

    private SignInResult newPasswordRequiredChallenge(UserPoolView pool, AppClientView client, UserView user,
                                                      String flow) {
        Map<String, String> attributes = new LinkedHashMap<>(user.attributes());
        attributes.remove("sub");
        List<String> required = missingRequiredAttributes(pool, attributes).stream()
                .map(name -> USER_ATTRIBUTE_PREFIX + name).toList();
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("USER_ID_FOR_SRP", user.username());
        parameters.put("requiredAttributes", json(required));
        parameters.put("userAttributes", json(attributes));
        String session = sessions.seal(new Session(UUID.randomUUID().toString(), pool.id(), client.clientId(),
                user.sub(), SignInFlows.NEW_PASSWORD_REQUIRED, flow, now().plus(sessionValidity(client))));
        return SignInResult.challenge(SignInFlows.NEW_PASSWORD_REQUIRED, parameters, session);
    }

    private SignInResult tokens(AppClientView client, UserView user, Instant authTime, Prepared prepared) {
        IssuedTokens signed = tokenIssuer().issueWithoutRefreshToken(new TokenGrant(client, user, authTime,
                prepared.grant().originJti(), prepared.grant().eventId(), directory.groupsOf(user)));
        return SignInResult.signedIn(new IssuedTokens(signed.idToken(), signed.accessToken(),
                Optional.of(prepared.refreshToken()), signed.expiresIn(), signed.tokenType()));
    }

    private Prepared prepare(UserPoolView pool, AppClientView client, UserView user) {
        Instant now = now();
        String originJti = UUID.randomUUID().toString();
        IssuedRefreshToken refreshToken = refreshTokens.issue(pool.id(), user.sub(), client.clientId(), originJti,
                now, now, now.plus(client.settings().refreshTokenValidity().duration()));
        return new Prepared(new SignInGrant(originJti, UUID.randomUUID().toString(), refreshToken.tokenId(),
                refreshToken.expiresAt()), refreshToken);
    }

    private Session openSession(String text, UserPoolView pool, AppClientView client, String challengeName) {
        Session session = sessions.open(text).orElseThrow(SignInErrors::invalidSession);
        if (!session.userPoolId().equals(pool.id()) || !session.clientId().equals(client.clientId())
                || !session.challengeName().equals(challengeName)) {
            throw SignInErrors.invalidSession();
        }
        if (!now().isBefore(session.expiresAt())) {
            throw SignInErrors.expiredSession();
        }
        return session;
    }

    private UserView signingIn(UserPoolView pool, AppClientView client, String name) {
        return requireEnabled(directory.find(pool, name).orElseThrow(() -> client.settings().masksUserExistence()
                ? SignInErrors.incorrectCredentials() : userNotFound()));
    }

    private static UserView requireEnabled(UserView user) {
        if (!user.enabled()) {
            throw SignInErrors.notAuthorized(SignInErrors.DISABLED);
        }
        return user;
    }

    private static List<String> missingRequiredAttributes(UserPoolView pool, Map<String, String> attributes) {
        List<String> missing = new ArrayList<>();
        for (SchemaAttribute attribute : pool.schema()) {
            String value = attributes.get(attribute.name());
            if (attribute.required() && !attribute.name().equals("sub") && (value == null || value.isEmpty())) {
                missing.add(attribute.name());
            }
        }
        return missing;
    }

    private AppClientView clientOf(UserPoolView pool, String clientId) {
        AppClientView client = directory.client(clientId);
        if (!client.userPoolId().equals(pool.id())) {
            throw AppClientDirectory.notFound(clientId);
        }
        return client;
    }

    private static CognitoException userNotFound() {
        return new CognitoException(CognitoError.USER_NOT_FOUND, UserDirectory.USER_NOT_FOUND);
    }

    private static String required(Map<String, String> parameters, String name) {
        String value = parameters.get(name);
        if (value == null) {
            throw SignInErrors.missing(name);
        }
        return value;
    }

    private static Duration sessionValidity(AppClientView client) {
        return Duration.ofMinutes(client.settings().authSessionValidityMinutes());
    }

    /** The id a secret block is answered under: base64url of its SHA-256, from which it cannot be recovered. */
    static String secretBlockId(String secretBlock) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(secretBlock.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM offers no SHA-256", e);
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("challenge parameters cannot be written as JSON", e);
        }
    }

    private TokenIssuer tokenIssuer() {
        return directory.component(TokenIssuer.class);
    }

    private Instant now() {
        return directory.component(Clock.class).instant();
    }

    private Object send(Object command) {
        return configuration.commandGateway().sendAndWait(command);
    }

    /** What a sign-in step prepares before the aggregate decides: the grant to record and the refresh token. */
    private record Prepared(SignInGrant grant, IssuedRefreshToken refreshToken) {
    }
}
