package dev.cognitoes.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cognitoes.auth.signing.SigningKeyGenerator;
import dev.cognitoes.config.CognitoRuntime;
import dev.cognitoes.delivery.InMemoryOutbox;
import dev.cognitoes.http.operation.OperationSet;
import dev.cognitoes.http.server.CognitoServer;
import dev.cognitoes.shared.AccountSettings;
import dev.cognitoes.shared.CodeGenerator;
import dev.cognitoes.shared.IdGenerator;
import dev.cognitoes.testkit.FixedSigningKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.DefaultRetryStrategy;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * A {@link CognitoServer} on a free loopback port with an in-memory runtime, for end-to-end tests.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final RunningServer server = RunningServer.builder().clock(fixedClock).build();
 *
 * @Test
 * void createsAPool() {
 *     var pool = server.sdkClient().createUserPool(r -> r.poolName("pool")).userPool();
 *     var codes = server.outbox().messagesFor(pool.id(), "jane");
 * }
 * }</pre>
 * Registered on a static field, one server serves the whole test class and its {@code @Nested} classes; on an
 * instance field, each test gets a fresh server. Outside JUnit, {@link #start()} and {@link #close()} it yourself.
 */
public final class RunningServer
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, AutoCloseable {

    /** The AWS JSON 1.1 target prefix. */
    public static final String TARGET_PREFIX = "AWSCognitoIdentityProviderService.";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Builder settings;
    private final Map<Region, CognitoIdentityProviderClient> sdkClients = new ConcurrentHashMap<>();
    private CognitoServer server;
    private HttpClient http;
    private boolean perTest;
    private String owner;

    private RunningServer(Builder settings) {
        this.settings = settings;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts the server unless it runs already. */
    public synchronized RunningServer start() {
        if (server == null) {
            CognitoServer.Builder builder = CognitoServer.builder()
                    .host("127.0.0.1")
                    .port(0)
                    .devEndpoints(settings.devEndpoints)
                    .runtime(runtime -> settings.runtimeSettings.forEach(s -> s.accept(runtime)))
                    .operations(settings.operations);
            if (settings.issuerBase != null) {
                builder.issuerBase(settings.issuerBase);
            }
            server = builder.start();
            http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        }
        return this;
    }

    @Override
    public synchronized void close() {
        sdkClients.values().forEach(CognitoIdentityProviderClient::close);
        sdkClients.clear();
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** Starts the server for the outermost test class; its {@code @Nested} classes share it. */
    @Override
    public synchronized void beforeAll(ExtensionContext context) {
        if (server == null) {
            owner = context.getUniqueId();
            start();
        }
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        if (context.getUniqueId().equals(owner)) {
            owner = null;
            close();
        }
    }

    @Override
    public synchronized void beforeEach(ExtensionContext context) {
        if (server == null) {
            perTest = true;
            start();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (perTest) {
            close();
        }
    }

    public CognitoServer server() {
        return running();
    }

    /** The endpoint, such as {@code http://127.0.0.1:41234}. */
    public URI baseUri() {
        return running().baseUri();
    }

    public CognitoRuntime runtime() {
        return running().runtime();
    }

    /** The codes and invitations the server sent. */
    public InMemoryOutbox outbox() {
        return running().outbox();
    }

    /** An AWS SDK client for {@code us-east-1} pointed at the server: static credentials, no retries. */
    public CognitoIdentityProviderClient sdkClient() {
        return sdkClient(Region.US_EAST_1);
    }

    /** An AWS SDK client that signs its requests for {@code region}; closed with the server. */
    public CognitoIdentityProviderClient sdkClient(Region region) {
        URI endpoint = baseUri();
        return sdkClients.computeIfAbsent(region, r -> CognitoIdentityProviderClient.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .endpointOverride(endpoint)
                .region(r)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "secret")))
                .overrideConfiguration(o -> o.retryStrategy(DefaultRetryStrategy.doNotRetry()))
                .build());
    }

    /** Posts {@code body} to the operation as the AWS SDKs do, with {@code application/x-amz-json-1.1}. */
    public WireResponse call(String operation, String body) {
        return send(request()
                .header("X-Amz-Target", TARGET_PREFIX + operation)
                .header("Content-Type", "application/x-amz-json-1.1")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A request to the server's base URI, to finish with headers, method and body. */
    public HttpRequest.Builder request() {
        return HttpRequest.newBuilder(baseUri().resolve("/"));
    }

    /** A request to a path of the server, such as {@code /_dev/outbox?userPoolId=..}. */
    public HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(baseUri() + pathAndQuery));
    }

    /**
     * The codes and invitations sent to one user, oldest first, read over HTTP from {@code GET /_dev/outbox}: each
     * a JSON object with {@code destination}, {@code deliveryMedium}, {@code kind}, {@code code} and
     * {@code sentAt}.
     */
    public List<JsonNode> devOutbox(String userPoolId, String username) {
        WireResponse response = send(request("/_dev/outbox?userPoolId=" + encode(userPoolId) + "&username="
                + encode(username)).GET());
        if (response.status() != 200) {
            throw new IllegalStateException("GET /_dev/outbox answered " + response.status() + ": " + response.text());
        }
        List<JsonNode> messages = new ArrayList<>();
        response.body().path("messages").forEach(messages::add);
        return messages;
    }

    /** The code of the latest message of this kind ({@code SIGN_UP}, {@code INVITATION}) in the dev outbox. */
    public String lastCode(String userPoolId, String username, String kind) {
        List<JsonNode> messages = devOutbox(userPoolId, username).stream()
                .filter(message -> kind.equals(message.path("kind").asText()))
                .toList();
        if (messages.isEmpty()) {
            throw new IllegalStateException("no " + kind + " message for " + username + " in " + userPoolId);
        }
        return messages.get(messages.size() - 1).path("code").asText();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public WireResponse send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new WireResponse(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private CognitoServer running() {
        if (server == null) {
            throw new IllegalStateException("the server is not running: register RunningServer with "
                    + "@RegisterExtension or call start()");
        }
        return server;
    }

    /** An HTTP answer of the server. */
    public record WireResponse(int status, HttpHeaders headers, String text) {

        /** The body as JSON. */
        public JsonNode body() {
            try {
                return JSON.readTree(text);
            } catch (IOException e) {
                throw new UncheckedIOException("the body is not JSON: " + text, e);
            }
        }

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        /** The {@code __type} of an error answer. */
        public String errorType() {
            return body().path("__type").asText(null);
        }

        /** The {@code message} of an error answer. */
        public String message() {
            return body().path("message").asText(null);
        }
    }

    /**
     * Settings of a {@link RunningServer}; the defaults are those of a production runtime, except that pools take
     * their signing keys from {@link FixedSigningKeys}, so creating a pool costs no RSA key generation.
     */
    public static final class Builder {
        private final List<Consumer<CognitoRuntime.Builder>> runtimeSettings = new ArrayList<>();
        private Function<CognitoRuntime, List<OperationSet>> operations = FeatureOperations::all;
        private boolean devEndpoints = true;
        private String issuerBase;

        private Builder() {
            runtimeSettings.add(r -> r.component(SigningKeyGenerator.class, new FixedSigningKeys()));
        }

        /** The issuer base of the server's tokens; the server's own address by default. */
        public Builder issuerBase(String issuerBase) {
            this.issuerBase = issuerBase;
            return this;
        }

        public Builder clock(Clock clock) {
            runtimeSettings.add(r -> r.clock(clock));
            return this;
        }

        public Builder idGenerator(IdGenerator ids) {
            runtimeSettings.add(r -> r.idGenerator(ids));
            return this;
        }

        public Builder codeGenerator(CodeGenerator codes) {
            runtimeSettings.add(r -> r.codeGenerator(codes));
            return this;
        }

        public Builder account(AccountSettings account) {
            runtimeSettings.add(r -> r.account(account));
            return this;
        }

        /** Any other runtime setting. */
        public Builder runtime(Consumer<CognitoRuntime.Builder> settings) {
            runtimeSettings.add(settings);
            return this;
        }

        /** The operation sets to serve instead of {@link FeatureOperations#all}. */
        public Builder operations(Function<CognitoRuntime, List<OperationSet>> operations) {
            this.operations = operations;
            return this;
        }

        public Builder devEndpoints(boolean devEndpoints) {
            this.devEndpoints = devEndpoints;
            return this;
        }

        public RunningServer build() {
            return new RunningServer(this);
        }
    }
}
