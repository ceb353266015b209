package dev.cognitoes.http;

import dev.cognitoes.config.CognitoRuntime;
import dev.cognitoes.http.client.AppClientOperations;
import dev.cognitoes.http.group.GroupOperations;
import dev.cognitoes.http.operation.OperationSet;
import dev.cognitoes.http.user.SignInOperations;
import dev.cognitoes.http.user.TokenOperations;
import dev.cognitoes.http.user.UserOperations;
import dev.cognitoes.http.userpool.UserPoolOperations;
import java.util.List;

/** The operation sets of every feature the HTTP server serves, in the order they are registered. */
public final class FeatureOperations {

    private FeatureOperations() {
    }

    public static List<OperationSet> all(CognitoRuntime runtime) {
        return List.of(new UserPoolOperations(runtime), new AppClientOperations(runtime), new UserOperations(runtime),
                new GroupOperations(runtime), new SignInOperations(runtime), new TokenOperations(runtime));
    }
}
