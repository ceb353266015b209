package dev.cognitoes.client.api;

import dev.cognitoes.shared.CognitoCommand;
import java.util.Objects;

/**
 * Creates an app client in a pool, as Cognito's {@code CreateUserPoolClient}. Answers the new client as
 * DescribeUserPoolClient would show it, secret included.
 *
 * @param generateSecret whether Cognito draws a secret for the client
 * @param clientSecret   a secret of the caller's choosing (24 to 64 characters of {@code [\w+]}), or {@code null};
 *                       not together with {@code generateSecret}
 */
public record CreateUserPoolClientCommand(String userPoolId, AppClientSettings settings, boolean generateSecret,
                                          String clientSecret) implements CognitoCommand<AppClientView> {
    public CreateUserPoolClientCommand {
        Objects.requireNonNull(userPoolId, "userPoolId");
        Objects.requireNonNull(settings, "settings");
    }

    @Override
    public String toString() {
        return "CreateUserPoolClientCommand[userPoolId=" + userPoolId + ", settings=" + settings
                + ", generateSecret=" + generateSecret + ", clientSecret=" + (clientSecret == null ? null : "***")
                + "]";
    }
}
