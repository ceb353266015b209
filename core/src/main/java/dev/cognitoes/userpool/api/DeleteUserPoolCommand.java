package dev.cognitoes.userpool.api;

import dev.cognitoes.shared.CognitoCommand;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Deletes a pool with its app clients, users and groups, as Cognito's {@code DeleteUserPool}. Refused while the
 * pool's deletion protection is active.
 */
public record DeleteUserPoolCommand(@TargetAggregateIdentifier String userPoolId) implements CognitoCommand<Void> {
    public DeleteUserPoolCommand {
        Objects.requireNonNull(userPoolId, "userPoolId");
    }
}
