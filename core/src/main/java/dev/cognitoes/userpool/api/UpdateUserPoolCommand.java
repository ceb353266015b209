package dev.cognitoes.userpool.api;

import dev.cognitoes.shared.CognitoCommand;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Replaces every updatable setting of a pool, as Cognito's {@code UpdateUserPool}: what the caller leaves out
 * returns to Cognito's default, so {@code settings} is the pool's whole new configuration. Answers the pool as it
 * is afterwards.
 */
public record UpdateUserPoolCommand(@TargetAggregateIdentifier String userPoolId, UserPoolSettings settings)
        implements CognitoCommand<UserPoolView> {
    public UpdateUserPoolCommand {
        Objects.requireNonNull(userPoolId, "userPoolId");
        Objects.requireNonNull(settings, "settings");
    }
}
