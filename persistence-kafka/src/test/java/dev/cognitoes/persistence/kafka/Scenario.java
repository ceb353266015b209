package dev.cognitoes.persistence.kafka;

import dev.cognitoes.client.api.AppClientSettings;
import dev.cognitoes.client.api.AppClientView;
import dev.cognitoes.client.api.CreateUserPoolClientCommand;
import dev.cognitoes.config.CognitoRuntime;
import dev.cognitoes.delivery.InMemoryOutbox;
import dev.cognitoes.delivery.OutboundMessage;
import dev.cognitoes.spi.StorageModule;
import dev.cognitoes.storage.inmemory.InMemoryStorageModule;
import dev.cognitoes.user.api.AdminDeleteUserCommand;
import dev.cognitoes.user.api.ConfirmForgotPasswordCommand;
import dev.cognitoes.user.api.ConfirmSignUpCommand;
import dev.cognitoes.user.api.ForgotPasswordCommand;
import dev.cognitoes.user.api.SignUpCommand;
import dev.cognitoes.userpool.api.CreateUserPoolCommand;
import dev.cognitoes.userpool.api.SignInSettings;
import dev.cognitoes.userpool.api.UserPoolSettings;
import dev.cognitoes.userpool.api.UserPoolView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

/** A runtime with an outbox, and the steps of the tests' sign-up stories. */
final class Scenario implements AutoCloseable {

    static final String PASSWORD = "Correct-Horse-1";
    static final String NEW_PASSWORD = "Battery-Staple-2";

    final InMemoryOutbox outbox = new InMemoryOutbox();
    final CognitoRuntime runtime;
    private final List<String> codes = new ArrayList<>();
    UserPoolView pool;
    AppClientView client;

    Scenario() {
        this(new InMemoryStorageModule());
    }

    Scenario(StorageModule storage) {
        this.runtime = CognitoRuntime.builder().storage(storage).codeDelivery(outbox).build();
    }

    /** A pool that emails a confirmation code at sign-up, and a client with a generated secret. */
    Scenario withPool(String name) {
        pool = runtime.send(new CreateUserPoolCommand("eu-west-1", SignInSettings.DEFAULT, List.of(),
                UserPoolSettings.defaults(name).withAutoVerifiedAttributes(Set.of("email"))));
        client = runtime.send(new CreateUserPoolClientCommand(pool.id(), AppClientSettings.defaults("web"), false,
                null));
        return this;
    }

    String signUp(String username) {
        return runtime.send(new SignUpCommand(client.clientId(), null, username, PASSWORD,
                Map.of("email", username + "@example.com"))).userSub();
    }

    void confirm(String username) {
        runtime.send(new ConfirmSignUpCommand(client.clientId(), null, username, lastCode(username), false));
    }

    void resetPassword(String username) {
        runtime.send(new ForgotPasswordCommand(client.clientId(), null, username));
        runtime.send(new ConfirmForgotPasswordCommand(client.clientId(), null, username, lastCode(username),
                NEW_PASSWORD));
    }

    void delete(String username) {
        runtime.send(new AdminDeleteUserCommand(pool.id(), username));
    }

    /** Every code the scenario used: none of them may leave in any form. */
    List<String> codes() {
        return List.copyOf(codes);
    }

    private String lastCode(String username) {
        List<OutboundMessage> messages = outbox.messagesFor(pool.id(), username);
        String code = messages.get(messages.size() - 1).code();
        codes.add(code);
        return code;
    }

    /** Every event of the log, in global order. */
    List<TrackedEventMessage<?>> eventLog() {
        return eventLog(runtime);
    }

    static List<TrackedEventMessage<?>> eventLog(CognitoRuntime runtime) {
        EventStore store = (EventStore) runtime.component(EventBus.class);
        List<TrackedEventMessage<?>> events = new ArrayList<>();
        try (BlockingStream<TrackedEventMessage<?>> stream = store.openStream(null)) {
            while (stream.hasNextAvailable(100, TimeUnit.MILLISECONDS)) {
                events.add(stream.nextAvailable());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return events;
    }

    @Override
    public void close() {
        runtime.close();
    }
}
