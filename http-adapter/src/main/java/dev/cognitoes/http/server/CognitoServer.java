package dev.cognitoes.http.server;

import dev.cognitoes.auth.token.IssuerBase;
import dev.cognitoes.config.CognitoRuntime;
import dev.cognitoes.delivery.InMemoryOutbox;
import dev.cognitoes.http.FeatureOperations;
import dev.cognitoes.http.model.ServiceModel;
import dev.cognitoes.http.operation.OperationSet;
import dev.cognitoes.http.operation.OperationTable;
import dev.cognitoes.spi.StorageModule;
import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RoutingHandler;
import io.undertow.server.handlers.BlockingHandler;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The Cognito Identity Provider API over HTTP: AWS JSON 1.1 on {@code POST /}, so any AWS SDK talks to it with
 * an endpoint override. The server owns its {@link CognitoRuntime} and closes it, and with it the storage, on
 * {@link #close()}.
 *
 * <pre>{@code
 * try (CognitoServer server = CognitoServer.builder().port(0).start()) {
 *     URI endpoint = server.baseUri();
 * }
 * }</pre>
 *
 * <p>Each pool's public keys and OpenID Connect discovery document are at
 * {@code GET /<userPoolId>/.well-known/jwks.json} and {@code /<userPoolId>/.well-known/openid-configuration}, for
 * tokens whose issuer is {@code <issuer base>/<userPoolId>}.
 *
 * <p>Codes and invitations go to an {@link InMemoryOutbox}; unless dev endpoints are turned off,
 * {@code GET /_dev/outbox?userPoolId=..&username=..} lists them.
 */
public final class CognitoServer implements AutoCloseable {

    private final Undertow undertow;
    private final CognitoRuntime runtime;
    private final InMemoryOutbox outbox;
    private final String host;
    private final int port;

    private CognitoServer(Builder builder) {
        this.outbox = new InMemoryOutbox();
        this.host = builder.host;
        StartingHandler entry = new StartingHandler();
        this.undertow = Undertow.builder().addHttpListener(builder.port, builder.host).setHandler(entry).build();
        undertow.start();
        this.port = ((InetSocketAddress) undertow.getListenerInfo().get(0).getAddress()).getPort();
        CognitoRuntime.Builder runtimeBuilder = CognitoRuntime.builder().issuerBase(IssuerBase.of(baseUri()
                .toString()));
        StorageModule storage = null;
        try {
            builder.runtimeSettings.accept(runtimeBuilder);
            if (builder.issuerBase != null) {
                runtimeBuilder.issuerBase(builder.issuerBase);
            }
            if (builder.storage != null) {
                storage = Objects.requireNonNull(builder.storage.get(), "the storage factory returned null");
                runtimeBuilder.storage(storage);
            }
            this.runtime = runtimeBuilder.codeDelivery(outbox).build();
        } catch (RuntimeException runtimeFailed) {
            undertow.stop();
            if (storage != null) {
                closeAfterFailure(storage, runtimeFailed);
            }
            throw runtimeFailed;
        }
        try {
            OperationTable table = OperationTable.of(ServiceModel.shipped(), builder.operations.apply(runtime));
            RoutingHandler routes = Handlers.routing()
                    .post("/", new BlockingHandler(new AwsJsonHandler(table, ServiceModel.shipped().targetPrefix(),
                            runtime.account().defaultRegion())))
                    .get(WellKnownHandler.JWKS_PATH, new BlockingHandler(
                            new WellKnownHandler(runtime, WellKnownHandler.Document.JWKS)))
                    .get(WellKnownHandler.DISCOVERY_PATH, new BlockingHandler(
                            new WellKnownHandler(runtime, WellKnownHandler.Document.OPENID_CONFIGURATION)))
                    .setFallbackHandler(CognitoServer::notFound)
                    .setInvalidMethodHandler(CognitoServer::notFound);
            if (builder.devEndpoints) {
                routes.get(DevOutboxHandler.PATH, new DevOutboxHandler(outbox));
            }
            entry.ready(new CommonHeaders(routes));
        } catch (RuntimeException startFailed) {
            undertow.stop();
            runtime.close();
            throw startFailed;
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The port the server listens on; the one the system chose when started with port 0. */
    public int port() {
        return port;
    }

    /** The endpoint to give an AWS SDK, such as {@code http://127.0.0.1:9229}. */
    public URI baseUri() {
        String literal = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + literal + ":" + port);
    }

    public CognitoRuntime runtime() {
        return runtime;
    }

    /** Where the server's codes and invitations go. */
    public InMemoryOutbox outbox() {
        return outbox;
    }

    /** Stops listening, then closes the runtime. */
    @Override
    public void close() {
        try {
            undertow.stop();
        } finally {
            runtime.close();
        }
    }

    private static void closeAfterFailure(StorageModule storage, RuntimeException failure) {
        try {
            storage.close();
        } catch (Exception closeFailed) {
            failure.addSuppressed(closeFailed);
        }
    }

    private static void notFound(HttpServerExchange exchange) throws Exception {
        Exchanges.sendError(exchange, 404, "NotFoundException",
                "cognito-es serves POST / (AWS JSON 1.1); nothing is at " + exchange.getRequestMethod() + " "
                        + exchange.getRequestPath());
    }

    /**
     * Answers 503 until the server is wired: the listener starts first so that the issuer base can name the port
     * the system chose.
     */
    private static final class StartingHandler implements HttpHandler {
        private volatile HttpHandler next;

        void ready(HttpHandler handler) {
            next = handler;
        }

        @Override
        public void handleRequest(HttpServerExchange exchange) throws Exception {
            HttpHandler handler = next;
            if (handler == null) {
                Exchanges.sendError(exchange, 503, "ServiceUnavailableException", "cognito-es is starting");
                return;
            }
            handler.handleRequest(exchange);
        }
    }

    /** Configures a {@link CognitoServer}; every setting has a default. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port = 9229;
        private boolean devEndpoints = true;
        private IssuerBase issuerBase;
        private Consumer<CognitoRuntime.Builder> runtimeSettings = runtime -> { };
        private Supplier<? extends StorageModule> storage;
        private Function<CognitoRuntime, List<OperationSet>> operations = FeatureOperations::all;

        private Builder() {
        }

        /** The address to bind; loopback ({@code 127.0.0.1}) by default. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** The port to listen on, 9229 by default; 0 lets the system choose a free port. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
            }
            this.port = port;
            return this;
        }

        /** Whether {@code GET /_dev/outbox} is served; on by default. */
        public Builder devEndpoints(boolean devEndpoints) {
            this.devEndpoints = devEndpoints;
            return this;
        }

        /**
         * Where the server's pools issue tokens from: token {@code iss} is {@code <issuer base>/<userPoolId>}.
         * By default the server's own address, {@code http://<host>:<port>} (with the port the system chose when
         * started with port 0); set it to the address token validators reach the server at. Takes precedence over
         * an issuer base set through {@link #runtime}.
         *
         * @throws IllegalArgumentException when the text is no absolute http(s) URL, or has a query or fragment
         */
        public Builder issuerBase(String issuerBase) {
            this.issuerBase = IssuerBase.of(Objects.requireNonNull(issuerBase, "issuerBase"));
            return this;
        }

        /**
         * Settings for the runtime the server creates: clock, id and code generators, account, storage. Code
         * delivery is always the server's {@link InMemoryOutbox}.
         */
        public Builder runtime(Consumer<CognitoRuntime.Builder> settings) {
            this.runtimeSettings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /**
         * Where the runtime keeps its state; in memory by default. The server calls the factory once the port is
         * bound, so a server that cannot listen opens no database, and closes the module when it stops or fails
         * to start. Takes precedence over a storage module set through {@link #runtime}.
         */
        public Builder storage(Supplier<? extends StorageModule> storage) {
            this.storage = Objects.requireNonNull(storage, "storage");
            return this;
        }

        /** The operation sets to serve; {@link FeatureOperations#all} by default. */
        public Builder operations(Function<CognitoRuntime, List<OperationSet>> operations) {
            this.operations = Objects.requireNonNull(operations, "operations");
            return this;
        }

        /**
         * Creates the runtime and starts listening.
         *
         * @throws RuntimeException when the port cannot be bound; the runtime is closed again
         */
        public CognitoServer start() {
            return new CognitoServer(this);
        }
    }
}
