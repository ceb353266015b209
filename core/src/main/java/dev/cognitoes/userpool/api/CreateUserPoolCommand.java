package dev.cognitoes.userpool.api;

import dev.cognitoes.shared.CognitoCommand;
import java.util.List;
import java.util.Objects;

/**
 * Creates a user pool, as Cognito's {@code CreateUserPool}. Answers the new pool as DescribeUserPool would show it.
 *
 * @param region   the region the pool lives in; its id starts with it
 * @param signIn   how users are named; cannot change later
 * @param schema   the declared attributes, merged with Cognito's standard attributes; may be empty
 * @param settings everything UpdateUserPool may change later
 */
public record CreateUserPoolCommand(String region, SignInSettings signIn, List<SchemaAttributeDeclaration> schema,
                                    UserPoolSettings settings) implements CognitoCommand<UserPoolView> {
    public CreateUserPoolCommand {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(signIn, "signIn");
        Objects.requireNonNull(settings, "settings");
        schema = List.copyOf(schema);
    }

    /** A pool with Cognito's defaults and the given name. */
    public static CreateUserPoolCommand withDefaults(String region, String poolName) {
        return new CreateUserPoolCommand(region, SignInSettings.DEFAULT, List.of(),
                UserPoolSettings.defaults(poolName));
    }
}
