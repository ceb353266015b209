package dev.cognitoes.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cognitoes.client.api.AppClientSettings;
import dev.cognitoes.client.api.AppClientView;
import dev.cognitoes.client.api.CreateUserPoolClientCommand;
import dev.cognitoes.config.CognitoRuntime;
import dev.cognitoes.delivery.InMemoryOutbox;
import dev.cognitoes.user.api.AdminGetUserQuery;
import dev.cognitoes.user.api.ConfirmSignUpCommand;
import dev.cognitoes.user.api.SignUpCommand;
import dev.cognitoes.user.api.UserStatus;
import dev.cognitoes.user.api.UserView;
import dev.cognitoes.userpool.api.CreateUserPoolCommand;
import dev.cognitoes.userpool.api.SignInSettings;
import dev.cognitoes.userpool.api.UserPoolSettings;
import dev.cognitoes.userpool.api.UserPoolView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The embedding example of the README, run as it is written there. */
class EmbeddingExampleTest {

    @Test
    @DisplayName("signs a user up and confirms them in-process, without HTTP")
    void signUpAndConfirmInProcess() {
        // README:embedding:begin
        InMemoryOutbox outbox = new InMemoryOutbox();
        try (CognitoRuntime cognito = CognitoRuntime.builder().codeDelivery(outbox).build()) {
            UserPoolView pool = cognito.send(new CreateUserPoolCommand("eu-west-1", SignInSettings.DEFAULT, List.of(),
                    UserPoolSettings.defaults("shop").withAutoVerifiedAttributes(Set.of("email"))));
            AppClientView client = cognito.send(new CreateUserPoolClientCommand(pool.id(),
                    AppClientSettings.defaults("web"), false, null));

            cognito.send(new SignUpCommand(client.clientId(), null, "jane", "Correct-Horse-42",
                    Map.of("email", "jane@example.com")));
            String code = outbox.messagesFor(pool.id(), "jane").get(0).code();
            cognito.send(new ConfirmSignUpCommand(client.clientId(), null, "jane", code, false));

            UserView jane = cognito.query(new AdminGetUserQuery(pool.id(), "jane"));
            assertThat(jane.status()).isEqualTo(UserStatus.CONFIRMED);
            assertThat(jane.attributes()).containsEntry("email_verified", "true");
        }
        // README:embedding:end
    }

    @Test
    @DisplayName("is shown in the README exactly as it runs here")
    void readmeShowsThisExample() throws Exception {
        String test = Files.readString(Path.of("src/test/java/dev/cognitoes/example/EmbeddingExampleTest.java"));
        String readme = Files.readString(Path.of("../README.md"));

        assertThat(normalized(readme)).contains(normalized(between(test, "// README:embedding:begin",
                "// README:embedding:end")));
    }

    private static String between(String text, String begin, String end) {
        return text.substring(text.indexOf(begin) + begin.length(), text.indexOf(end));
    }

    private static String normalized(String code) {
        return code.lines().map(String::strip).filter(line -> !line.isEmpty()).reduce("", (a, b) -> a + b + "\n");
    }
}
