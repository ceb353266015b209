package dev.cognitoes.http.process;

import java.nio.file.Path;
import java.util.UUID;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

/** What the process tests do through the AWS SDK, and where they work. */
final class Steps {

    static final String PASSWORD = "Correct-Horse-42";

    private Steps() {
    }

    /** A new directory under {@code target/it} for one server's files. */
    static Path workDir() {
        return Path.of("target", "it", UUID.randomUUID().toString()).toAbsolutePath();
    }

    /** A pool that emails a confirmation code to each user who signs up; its id. */
    static String createPool(CognitoIdentityProviderClient cognito, String name) {
        return cognito.createUserPool(r -> r.poolName(name)
                .autoVerifiedAttributes(VerifiedAttributeType.EMAIL)).userPool().id();
    }

    /** A client without a secret; its id. */
    static String createClient(CognitoIdentityProviderClient cognito, String userPoolId) {
        return cognito.createUserPoolClient(r -> r.userPoolId(userPoolId).clientName("web")).userPoolClient()
                .clientId();
    }

    static void signUp(CognitoIdentityProviderClient cognito, String clientId, String username) {
        cognito.signUp(r -> r.clientId(clientId).username(username).password(PASSWORD)
                .userAttributes(a -> a.name("email").value(username + "@example.com")));
    }

    static void confirm(CognitoIdentityProviderClient cognito, String clientId, String username, String code) {
        cognito.confirmSignUp(r -> r.clientId(clientId).username(username).confirmationCode(code));
    }

    /** What {@link #annAndBob} left in the server: the pool, its client "web", and bob's confirmation code. */
    record AnnAndBob(String poolId, String clientId, String bobsCode) {
    }

    /**
     * A pool named {@code poolName} with client "web": ann signed up, confirmed and in group "admins"; bob signed
     * up and not confirmed.
     */
    static AnnAndBob annAndBob(ServerProcess server, String poolName) {
        CognitoIdentityProviderClient cognito = server.sdk();
        String poolId = createPool(cognito, poolName);
        String clientId = createClient(cognito, poolId);
        signUp(cognito, clientId, "ann");
        confirm(cognito, clientId, "ann", server.signUpCode(poolId, "ann"));
        signUp(cognito, clientId, "bob");
        cognito.createGroup(r -> r.userPoolId(poolId).groupName("admins"));
        cognito.adminAddUserToGroup(r -> r.userPoolId(poolId).username("ann").groupName("admins"));
        return new AnnAndBob(poolId, clientId, server.signUpCode(poolId, "bob"));
    }
}
