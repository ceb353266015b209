package dev.cognitoes.http.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.DefaultRetryStrategy;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * The runnable server jar ({@code target/cognito-es-server.jar}, or {@code -Dcognito.server.jar}) started as a
 * process of its own, as an operator starts it: output goes to a log file, the address is read from the
 * listening line. {@link #kill()} is SIGKILL, {@link #stop()} SIGTERM.
 */
final class ServerProcess implements AutoCloseable {

    static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private static final Pattern LISTENING = Pattern.compile("cognito-es listening on (http://\\S+) \\((.+?)\\),");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final Path log;
    private URI baseUri;
    private String storage;
    private CognitoIdentityProviderClient sdk;

    private ServerProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts a server on a free port in {@code workDir} with these options, and waits until it listens. */
    static ServerProcess start(Path workDir, Map<String, String> environment, String... options) {
        return launch(workDir, environment, options).awaitListening();
    }

    /** Starts a server without waiting for it; {@link #awaitListening()} waits. */
    static ServerProcess launch(Path workDir, Map<String, String> environment, String... options) {
        List<String> command = new ArrayList<>(javaCommand());
        command.add("--port");
        command.add("0");
        command.addAll(List.of(options));
        Path log = newLog(workDir, "server");
        return new ServerProcess(spawn(workDir, environment, command, log), log);
    }

    /** Runs the jar with these arguments to its end, such as {@code rebuild-read-models}. */
    static Finished run(Path workDir, Map<String, String> environment, String... arguments) {
        List<String> command = new ArrayList<>(javaCommand());
        command.addAll(List.of(arguments));
        Path log = newLog(workDir, "command");
        Process process = spawn(workDir, environment, command, log);
        try {
            if (!process.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("the command did not end: " + read(log));
            }
            return new Finished(process.exitValue(), read(log));
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** How a command ended: its exit code and everything it printed. */
    record Finished(int exitCode, String output) {
    }

    ServerProcess awaitListening() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            Matcher listening = LISTENING.matcher(read(log));
            if (listening.find()) {
                baseUri = URI.create(listening.group(1));
                storage = listening.group(2);
                return this;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited with " + process.exitValue() + ": " + read(log));
            }
            pause(Duration.ofMillis(50));
        }
        process.destroyForcibly();
        throw new IllegalStateException("the server did not listen within " + START_TIMEOUT + ": " + read(log));
    }

    URI baseUri() {
        return baseUri;
    }

    /** What the listening line says about the storage, such as {@code H2 database in /srv/data}. */
    String storage() {
        return storage;
    }

    /** Everything the server printed so far. */
    String log() {
        return read(log);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** An AWS SDK client for this server: static credentials, no retries. */
    synchronized CognitoIdentityProviderClient sdk() {
        if (sdk == null) {
            sdk = CognitoIdentityProviderClient.builder()
                    .httpClient(UrlConnectionHttpClient.builder().socketTimeout(Duration.ofSeconds(60)).build())
                    .endpointOverride(baseUri)
                    .region(Region.EU_WEST_1)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("it", "it")))
                    .overrideConfiguration(o -> o.retryStrategy(DefaultRetryStrategy.doNotRetry()))
                    .build();
        }
        return sdk;
    }

    /** The code of the latest sign-up message to the user in this server's dev outbox. */
    String signUpCode(String userPoolId, String username) {
        URI uri = URI.create(baseUri + "/_dev/outbox?userPoolId=" + encode(userPoolId) + "&username="
                + encode(username));
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            String code = null;
            for (JsonNode message : JSON.readTree(response.body()).path("messages")) {
                if (message.path("kind").asText().equals("SIGN_UP")) {
                    code = message.path("code").asText();
                }
            }
            if (code == null) {
                throw new IllegalStateException("no sign-up code for " + username + ": " + response.body());
            }
            return code;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** SIGKILL: the process ends at once, without shutdown hooks. */
    void kill() {
        process.destroyForcibly();
        awaitExit();
    }

    /** SIGTERM: the process closes its server and storage, then ends. */
    void stop() {
        process.destroy();
        awaitExit();
    }

    @Override
    public void close() {
        if (sdk != null) {
            sdk.close();
        }
        if (process.isAlive()) {
            kill();
        }
    }

    private void awaitExit() {
        try {
            if (!process.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static List<String> javaCommand() {
        Path jar = Path.of(System.getProperty("cognito.server.jar", "target/cognito-es-server.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar.toAbsolutePath() + " is missing: run these tests with mvn verify, "
                    + "which builds it in the package phase");
        }
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar.toAbsolutePath().toString());
    }

    private static Process spawn(Path workDir, Map<String, String> environment, List<String> command, Path log) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("COGNITO_ES_"));
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + command, e);
        }
    }

    private static Path newLog(Path workDir, String kind) {
        try {
            Files.createDirectories(workDir);
            return Files.createTempFile(workDir, kind + "-", ".log");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
