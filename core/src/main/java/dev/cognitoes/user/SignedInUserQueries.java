package dev.cognitoes.user;

import dev.cognitoes.user.SignedInUsers.SignedInUser;
import dev.cognitoes.user.api.GetUserQuery;
import dev.cognitoes.user.api.UserView;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.config.Configuration;
import org.axonframework.queryhandling.QueryHandler;

/**
 * Answers GetUser: the user an access token authorizes, from the user read model, with the attributes the token's
 * app client may read ({@code ReadAttributes}; {@code sub} always).
 */
final class SignedInUserQueries {

    private final UserDirectory directory;
    private final SignedInUsers signedIn;

    SignedInUserQueries(Configuration configuration) {
        this.directory = new UserDirectory(configuration);
        this.signedIn = new SignedInUsers(directory);
    }

    @QueryHandler
    UserView handle(GetUserQuery query) {
        SignedInUser user = signedIn.authorize(query.accessToken());
        Set<String> readable = directory.client(user.claims().clientId()).settings().readAttributes();
        if (readable == null) {
            return user.user();
        }
        Set<String> shown = new HashSet<>(readable);
        shown.add("sub");
        return user.user().withOnlyAttributes(shown);
    }
}
