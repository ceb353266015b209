package dev.cognitoes.user;

import dev.cognitoes.auth.code.CodeHasher;
import dev.cognitoes.auth.srp.PasswordVerifierFactory;
import dev.cognitoes.client.api.AppClientDirectory;
import dev.cognitoes.config.CognitoRuntime;
import dev.cognitoes.delivery.InMemoryOutbox;
import dev.cognitoes.delivery.MessageKind;
import dev.cognitoes.delivery.OutboundMessage;
import dev.cognitoes.shared.PageTokens;
import dev.cognitoes.storage.inmemory.InMemoryStorageModule;
import dev.cognitoes.userpool.api.SignInSettings;
import dev.cognitoes.userpool.api.UserPoolDirectory;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A runtime with pinned clock, ids and codes, test pools and clients, and an outbox to read delivered messages
 * from.
 */
final class TestCognito implements AutoCloseable {

    static final String POOL = "us-east-1_Plain0001";
    static final String INSENSITIVE_POOL = "us-east-1_Insens001";
    static final String EMAIL_POOL = "us-east-1_EmailUser1";
    static final String ADMIN_ONLY_POOL = "us-east-1_AdminOnly1";
    static final String REQUIRED_NAME_POOL = "us-east-1_Required01";

    static final String CLIENT = "plainclient";
    static final String MASKING_CLIENT = "maskingclient";
    static final String SECRET_CLIENT = "secretclient";
    static final String CLIENT_SECRET = "s3cr3t5ecretofthe0client0xyz";
    static final String INSENSITIVE_CLIENT = "insensitiveclient";
    static final String EMAIL_CLIENT = "emailclient";
    static final String ADMIN_ONLY_CLIENT = "adminonlyclient";
    static final String REQUIRED_NAME_CLIENT = "requirednameclient";

    final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    final TestIds ids = new TestIds();
    final InMemoryOutbox outbox = new InMemoryOutbox();
    final TestDirectories directories = new TestDirectories();
    final InMemoryStorageModule storage = new InMemoryStorageModule();
    final CognitoRuntime runtime;

    TestCognito() {
        Set<String> email = Set.of("email");
        directories.addPool(POOL, SignInSettings.DEFAULT, TestDirectories.settings(email, false), List.of(),
                List.of("custom:team", "dev:custom:internal"));
        directories.addPool(INSENSITIVE_POOL, new SignInSettings(Set.of(), Set.of("email"), false),
                TestDirectories.settings(email, false), List.of(), List.of());
        directories.addPool(EMAIL_POOL, new SignInSettings(Set.of("email"), Set.of(), false),
                TestDirectories.settings(email, false), List.of(), List.of());
        directories.addPool(ADMIN_ONLY_POOL, SignInSettings.DEFAULT, TestDirectories.settings(email, true),
                List.of(), List.of());
        directories.addPool(REQUIRED_NAME_POOL, SignInSettings.DEFAULT, TestDirectories.settings(Set.of(), false),
                List.of("name", "email"), List.of());
        directories.addClient(POOL, CLIENT, null, "LEGACY");
        directories.addClient(POOL, MASKING_CLIENT, null, "ENABLED");
        directories.addClient(POOL, SECRET_CLIENT, CLIENT_SECRET, "LEGACY");
        directories.addClient(INSENSITIVE_POOL, INSENSITIVE_CLIENT, null, "LEGACY");
        directories.addClient(EMAIL_POOL, EMAIL_CLIENT, null, "LEGACY");
        directories.addClient(ADMIN_ONLY_POOL, ADMIN_ONLY_CLIENT, null, "LEGACY");
        directories.addClient(REQUIRED_NAME_POOL, REQUIRED_NAME_CLIENT, null, "LEGACY");
        runtime = CognitoRuntime.builder()
                .clock(clock)
                .idGenerator(ids)
                .codeGenerator(ids)
                .codeDelivery(outbox)
                .storage(storage)
                .component(UserPoolDirectory.class, directories)
                .component(AppClientDirectory.class, directories.clients())
                .component(CodeHasher.class, new TestCodeHasher())
                .component(PasswordVerifierFactory.class, new TestPasswordVerifiers())
                .component(PageTokens.class, new TestPageTokens())
                .build();
    }

    List<OutboundMessage> messages(String userPoolId, String username) {
        return outbox.messagesFor(userPoolId, username);
    }

    /** The code or temporary password of the latest message of this kind to the user. */
    String lastCode(String userPoolId, String username, MessageKind kind) {
        List<OutboundMessage> messages = messages(userPoolId, username).stream()
                .filter(m -> m.kind() == kind).toList();
        if (messages.isEmpty()) {
            throw new AssertionError("no " + kind + " message for " + username);
        }
        return messages.get(messages.size() - 1).code();
    }

    @Override
    public void close() {
        runtime.close();
    }
}
