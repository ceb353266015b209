package dev.cognitoes.client.api;

import dev.cognitoes.shared.CognitoCommand;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Deletes an app client, as Cognito's {@code DeleteUserPoolClient}. */
public record DeleteUserPoolClientCommand(String userPoolId, @TargetAggregateIdentifier String clientId)
        implements CognitoCommand<Void> {
    public DeleteUserPoolClientCommand {
        Objects.requireNonNull(userPoolId, "userPoolId");
        Objects.requireNonNull(clientId, "clientId");
    }
}
