package dev.cognitoes.client.api;

import dev.cognitoes.shared.CognitoCommand;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Replaces every setting of an app client, as Cognito's {@code UpdateUserPoolClient}: what the caller leaves out
 * returns to Cognito's default, so {@code settings} is the client's whole new configuration. The secret never
 * changes. Answers the client as it is afterwards.
 */
public record UpdateUserPoolClientCommand(String userPoolId, @TargetAggregateIdentifier String clientId,
                                          AppClientSettings settings) implements CognitoCommand<AppClientView> {
    public UpdateUserPoolClientCommand {
        Objects.requireNonNull(userPoolId, "userPoolId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(settings, "settings");
    }
}
