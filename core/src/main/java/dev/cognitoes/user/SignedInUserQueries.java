package dev.cognitoes.user;

import dev.cognitoes.user.api.GetUserQuery;
import dev.cognitoes.user.api.UserView;
import org.axonframework.config.Configuration;
import org.axonframework.queryhandling.QueryHandler;

/** Answers GetUser: the user an access token authorizes, from the user read model. */
final class SignedInUserQueries {

    private final SignedInUsers signedIn;

    SignedInUserQueries(Configuration configuration) {
        this.signedIn = new SignedInUsers(new UserDirectory(configuration));
    }

    @QueryHandler
    UserView handle(GetUserQuery query) {
        return signedIn.authorize(query.accessToken()).user();
    }
}
