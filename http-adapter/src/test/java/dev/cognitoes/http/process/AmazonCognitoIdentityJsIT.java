package dev.cognitoes.http.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

/**
 * The real, unmodified amazon-cognito-identity-js (npm, pinned) in node, talking HTTP through the {@code endpoint}
 * option of its {@code CognitoUserPool} to the server jar started as the README starts it: no options, state in
 * an H2 database under {@code ./data}. Installs the package into
 * {@code http-adapter/target/npm} on first use; without node and npm on the PATH the test fails, it is not skipped.
 */
class AmazonCognitoIdentityJsIT {

    static final String PACKAGE = "amazon-cognito-identity-js";
    static final String VERSION = "6.3.21";
    static final String SCRIPT = "cognito-against-server.js";
    static final ObjectMapper JSON = new ObjectMapper();

    static ServerProcess server;

    static JsonNode steps;

    @BeforeAll
    static void runTheLibraryAgainstTheServer() throws Exception {
        server = ServerProcess.start(Steps.workDir(), Map.of());
        var cognito = server.sdk();
        String poolId = cognito.createUserPool(r -> r.poolName("library")
                .autoVerifiedAttributes(VerifiedAttributeType.EMAIL)).userPool().id();
        String clientId = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("spa"))
                .userPoolClient().clientId();
        Path npm = installedPackage();
        Map<String, String> settings = Map.of("endpoint", server.baseUri().toString().replaceAll("/$", ""),
                "userPoolId", poolId, "clientId", clientId, "username", "jane", "email", "jane@example.com",
                "password", "First-Pa55word", "changedPassword", "Second-Pa55word",
                "resetPassword", "Third-Pa55word");
        String output = run(npm, List.of("node", npm.resolve(SCRIPT).toString(),
                npm.resolve("node_modules").toString(), JSON.writeValueAsString(settings)), 3);
        steps = JSON.readTree(output);
    }

    @AfterAll
    static void stopTheServer() {
        if (server != null) {
            server.close();
        }
    }

    static JsonNode step(String name) {
        JsonNode step = steps.path(name);
        assertThat(step.isMissingNode()).as("step " + name + " ran").isFalse();
        return step;
    }

    static void succeeded(String name) {
        assertThat(step(name).path("ok").asBoolean()).as(name + ": " + step(name)).isTrue();
    }

    static void failedWith(String name, String code, String message) {
        assertThat(step(name).path("code").asText()).as(name + ": " + step(name)).isEqualTo(code);
        assertThat(step(name).path("message").asText()).isEqualTo(message);
    }

    @Test
    @DisplayName("signUp, then confirmRegistration with the code from the dev outbox")
    void signsUpAndConfirms() {
        succeeded("signUp");
        assertThat(step("signUp").path("userConfirmed").asBoolean()).isFalse();
        assertThat(step("signUp").path("userSub").asText()).isNotBlank();
        succeeded("confirmRegistration");
        assertThat(step("confirmRegistration").path("result").asText()).isEqualTo("SUCCESS");
    }

    @Test
    @DisplayName("authenticateUser signs in with USER_SRP_AUTH and its tokens read the user (GetUser)")
    void signsInWithSrp() {
        JsonNode session = step("authenticateUser").path("session");
        assertThat(session.path("valid").asBoolean()).isTrue();
        assertThat(session.path("accessUsername").asText()).isEqualTo("jane");
        assertThat(session.path("idEmail").asText()).isEqualTo("jane@example.com");
        assertThat(session.path("hasRefreshToken").asBoolean()).isTrue();
        assertThat(step("getUserAttributes").path("email").asText()).isEqualTo("jane@example.com");
        assertThat(step("getUserAttributes").path("email_verified").asText()).isEqualTo("true");
    }

    @Test
    @DisplayName("refreshSession gets new tokens of the same session")
    void refreshes() {
        succeeded("refreshSession");
        assertThat(step("refreshSession").path("newAccessToken").asBoolean()).isTrue();
        assertThat(step("refreshSession").path("session").path("originJti").asText())
                .isEqualTo(step("authenticateUser").path("session").path("originJti").asText());
        assertThat(step("refreshSession").path("session").path("valid").asBoolean()).isTrue();
    }

    @Test
    @DisplayName("changePassword replaces the password")
    void changesThePassword() {
        succeeded("changePassword");
        failedWith("signInWithOldPassword", "NotAuthorizedException", "Incorrect username or password.");
        succeeded("signInWithChangedPassword");
    }

    @Test
    @DisplayName("forgotPassword and confirmPassword reset it; the reset password signs in")
    void resetsThePassword() {
        succeeded("forgotPassword");
        assertThat(step("forgotPassword").path("delivery").path("DeliveryMedium").asText()).isEqualTo("EMAIL");
        succeeded("confirmPassword");
        failedWith("signInWithChangedPasswordAfterReset", "NotAuthorizedException", "Incorrect username or password.");
        assertThat(step("signInWithResetPassword").path("session").path("valid").asBoolean()).isTrue();
    }

    @Test
    @DisplayName("globalSignOut revokes the tokens it held; a new sign-in works")
    void signsOutEverywhere() {
        succeeded("globalSignOut");
        failedWith("getUserAttributesAfterGlobalSignOut", "NotAuthorizedException", "Access Token has been revoked");
        failedWith("refreshSessionAfterGlobalSignOut", "NotAuthorizedException", "Refresh Token has been revoked");
        succeeded("signInAfterGlobalSignOut");
        assertThat(step("getUserAttributesAfterNewSignIn").path("email").asText()).isEqualTo("jane@example.com");
    }

    @Test
    @DisplayName("signOut with revocation revokes the refresh token (RevokeToken)")
    void signsOutRevokingTheRefreshToken() {
        succeeded("signOutRevokingTokens");
        failedWith("refreshSessionAfterRevocation", "NotAuthorizedException", "Refresh Token has been revoked");
    }

    private static Path installedPackage() {
        Path npm = targetDirectory().resolve("npm");
        Path packageJson = npm.resolve("node_modules").resolve(PACKAGE).resolve("package.json");
        if (!VERSION.equals(installedVersion(packageJson))) {
            run(npm, List.of("npm", "install", "--prefix", npm.toString(), "--no-audit", "--no-fund",
                    "--ignore-scripts", "--save-exact", PACKAGE + "@" + VERSION), 10);
            assertThat(installedVersion(packageJson)).as(PACKAGE + " installed into " + npm).isEqualTo(VERSION);
        }
        try (InputStream script = AmazonCognitoIdentityJsIT.class.getResourceAsStream("/node/" + SCRIPT)) {
            assertThat(script).as("test resource /node/" + SCRIPT).isNotNull();
            Files.copy(script, npm.resolve(SCRIPT), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return npm;
    }

    private static String installedVersion(Path packageJson) {
        try {
            return Files.isRegularFile(packageJson) ? JSON.readTree(packageJson.toFile()).path("version").asText()
                    : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static String run(Path directory, List<String> command, long timeoutMinutes) {
        try {
            Files.createDirectories(directory);
            Path stdout = directory.resolve(command.get(0) + ".out");
            Path stderr = directory.resolve(command.get(0) + ".err");
            Process process;
            try {
                process = new ProcessBuilder(command).directory(directory.toFile())
                        .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
            } catch (IOException notOnPath) {
                throw new AssertionError("this test needs node and npm on the PATH; could not run "
                        + command.get(0) + ": " + notOnPath.getMessage(), notOnPath);
            }
            if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError(command.get(0) + " did not finish in " + timeoutMinutes + " min");
            }
            if (process.exitValue() != 0) {
                throw new AssertionError(command.get(0) + " exited with " + process.exitValue() + ":\n"
                        + Files.readString(stderr, StandardCharsets.UTF_8));
            }
            return Files.readString(stdout, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + command.get(0), e);
        }
    }

    private static Path targetDirectory() {
        try {
            return Path.of(AmazonCognitoIdentityJsIT.class.getProtectionDomain().getCodeSource().getLocation()
                    .toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
