package dev.cognitoes.persistence.jdbc;

import dev.cognitoes.client.api.AppClientSettings;
import dev.cognitoes.client.api.AppClientView;
import dev.cognitoes.client.api.CreateUserPoolClientCommand;
import dev.cognitoes.config.CognitoRuntime;
import dev.cognitoes.delivery.InMemoryOutbox;
import dev.cognitoes.delivery.OutboundMessage;
import dev.cognitoes.spi.StorageModule;
import dev.cognitoes.user.api.ConfirmSignUpCommand;
import dev.cognitoes.user.api.SignUpCommand;
import dev.cognitoes.user.api.SignUpResult;
import dev.cognitoes.userpool.api.CreateUserPoolCommand;
import dev.cognitoes.userpool.api.SignInSettings;
import dev.cognitoes.userpool.api.UserPoolSettings;
import dev.cognitoes.userpool.api.UserPoolView;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/** A runtime on a storage module, with production components, and the steps the JDBC tests take through it. */
final class Scenario implements AutoCloseable {

    static final String PASSWORD = "Correct-Horse-1";

    final InMemoryOutbox outbox;
    final CognitoRuntime runtime;

    Scenario(StorageModule storage) {
        this(storage, new InMemoryOutbox(), builder -> builder);
    }

    Scenario(StorageModule storage, InMemoryOutbox outbox, UnaryOperator<CognitoRuntime.Builder> settings) {
        this.outbox = outbox;
        this.runtime = settings.apply(CognitoRuntime.builder().storage(storage).codeDelivery(outbox)).build();
    }

    /** A pool that sends a confirmation code to the email address of each user who signs up. */
    UserPoolView createPool(String name) {
        return runtime.send(new CreateUserPoolCommand("eu-west-1", SignInSettings.DEFAULT, List.of(),
                UserPoolSettings.defaults(name).withAutoVerifiedAttributes(Set.of("email"))));
    }

    AppClientView createClient(UserPoolView pool, String name, boolean withSecret) {
        return runtime.send(new CreateUserPoolClientCommand(pool.id(), AppClientSettings.defaults(name), withSecret,
                null));
    }

    SignUpResult signUp(AppClientView client, String username) {
        return runtime.send(new SignUpCommand(client.clientId(), null, username, PASSWORD,
                Map.of("email", username + "@example.com")));
    }

    /** The code of the latest message sent to the user. */
    String lastCode(UserPoolView pool, String username) {
        List<OutboundMessage> messages = outbox.messagesFor(pool.id(), username);
        return messages.get(messages.size() - 1).code();
    }

    void confirm(AppClientView client, UserPoolView pool, String username) {
        runtime.send(new ConfirmSignUpCommand(client.clientId(), null, username, lastCode(pool, username), false));
    }

    @Override
    public void close() {
        runtime.close();
    }
}
