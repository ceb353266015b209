package dev.cognitoes.auth.srp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One sign-in by the unmodified {@code CognitoUser.authenticateUser} of amazon-cognito-identity-js under node,
 * whose requests to Cognito come here instead: read each with {@link #nextRequest()}, answer it with
 * {@link #reply} or {@link #fail}, and read the callback the library ended with from {@link #outcome()}.
 */
final class CognitoUserSignIn implements AutoCloseable {

    private static final String SCRIPT = "cognito-sign-in.js";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long WAIT_SECONDS = 60;
    private static final String END = "\u0000end";

    private final Process process;
    private final Writer stdin;
    private final Path stderr;
    private final BlockingQueue<String> stdout = new LinkedBlockingQueue<>();

    private CognitoUserSignIn(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
        this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread pump = new Thread(this::pumpStdout, "node-stdout");
        pump.setDaemon(true);
        pump.start();
    }

    /** Starts node and hands it the user's credentials; the library's first request follows. */
    static CognitoUserSignIn start(String userPoolId, String clientId, String username, String password) {
        Path npm = AmazonCognitoIdentityJs.npmDirectory(SCRIPT);
        Path stderr = npm.resolve("sign-in.err");
        Process process;
        try {
            process = new ProcessBuilder(List.of("node", npm.resolve(SCRIPT).toString(),
                    npm.resolve("node_modules").toString()))
                    .directory(npm.toFile())
                    .redirectError(stderr.toFile())
                    .start();
        } catch (IOException notOnPath) {
            throw new AssertionError("this test needs node on the PATH: " + notOnPath.getMessage(), notOnPath);
        }
        CognitoUserSignIn signIn = new CognitoUserSignIn(process, stderr);
        signIn.send(Map.of("userPoolId", userPoolId, "clientId", clientId, "username", username,
                "password", password));
        return signIn;
    }

    /** The next request the library sends: {@code operation} and {@code params}, as it would send to Cognito. */
    JsonNode nextRequest() {
        JsonNode message = next();
        if (!message.has("operation")) {
            throw new AssertionError("expected a request from the library, got " + message);
        }
        return message;
    }

    /** Answers the last request with a successful response body. */
    void reply(Object data) {
        send(Map.of("data", data));
    }

    /** Answers the last request with an AWS error. */
    void fail(String code, String message) {
        send(Map.of("error", Map.of("code", code, "name", code, "message", message)));
    }

    /** The callback the library called at the end: {@code outcome}, and {@code code}, {@code message} on failure. */
    JsonNode outcome() {
        JsonNode message = next();
        if (!message.has("outcome")) {
            throw new AssertionError("expected the library to finish, got " + message);
        }
        return message;
    }

    @Override
    public void close() {
        process.destroy();
    }

    private void send(Object message) {
        try {
            stdin.write(JSON.writeValueAsString(message));
            stdin.write('\n');
            stdin.flush();
        } catch (IOException e) {
            throw new AssertionError("node stopped listening:\n" + errors(), e);
        }
    }

    private JsonNode next() {
        try {
            String line = stdout.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            if (line == null) {
                throw new AssertionError("node said nothing for " + WAIT_SECONDS + " s:\n" + errors());
            }
            if (line.equals(END)) {
                throw new AssertionError("node ended early:\n" + errors());
            }
            return JSON.readTree(line);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for node", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void pumpStdout() {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                stdout.add(line);
            }
        } catch (IOException ignored) {
            // the process was destroyed; END below tells the reader
        }
        stdout.add(END);
    }

    private String errors() {
        try {
            return Files.readString(stderr, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no stderr: " + e.getMessage() + ")";
        }
    }
}
