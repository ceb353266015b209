package dev.cognitoes.config;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.cognitoes.auth.code.CodeHasher;
import dev.cognitoes.auth.code.HmacCodeHasher;
import dev.cognitoes.auth.secret.AesGcmSecretSealer;
import dev.cognitoes.auth.secret.SecretSealer;
import dev.cognitoes.auth.srp.CognitoPasswordVerifierFactory;
import dev.cognitoes.auth.srp.PasswordChecker;
import dev.cognitoes.auth.srp.PasswordVerifierFactory;
import dev.cognitoes.auth.token.IssuerBase;
import dev.cognitoes.auth.token.TokenFeature;
import dev.cognitoes.client.AppClientFeature;
import dev.cognitoes.delivery.CodeDelivery;
import dev.cognitoes.delivery.InMemoryOutbox;
import dev.cognitoes.group.GroupFeature;
import dev.cognitoes.shared.AccountSettings;
import dev.cognitoes.shared.CodeGenerator;
import dev.cognitoes.shared.CognitoCommand;
import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.CognitoException;
import dev.cognitoes.shared.CognitoQuery;
import dev.cognitoes.shared.HmacPageTokens;
import dev.cognitoes.shared.IdGenerator;
import dev.cognitoes.shared.PageTokens;
import dev.cognitoes.shared.RandomCodeGenerator;
import dev.cognitoes.shared.RandomIdGenerator;
import dev.cognitoes.shared.Rejected;
import dev.cognitoes.spi.ReadModelReset;
import dev.cognitoes.spi.StorageModule;
import dev.cognitoes.storage.inmemory.InMemoryStorageModule;
import dev.cognitoes.user.UserFeature;
import dev.cognitoes.userpool.UserPoolFeature;
import java.time.Clock;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * An embedded Cognito identity provider: the same operations the HTTP server offers, called in-process.
 *
 * <pre>{@code
 * try (CognitoRuntime cognito = CognitoRuntime.builder().build()) {
 *     UserPoolView pool = cognito.send(new CreateUserPoolCommand(...));
 * }
 * }</pre>
 *
 * <p>Commands are handled in the calling thread, each in a transaction of the storage module. A command that lost
 * a race with a concurrent command on the same user or name is retried on fresh state, so callers see the same
 * error Cognito gives, never a storage error. Aggregates with long histories are loaded from a snapshot taken
 * every {@link Builder#snapshotThreshold(int) snapshotThreshold} events.
 */
public final class CognitoRuntime implements AutoCloseable {

    static final int ATTEMPTS_PER_COMMAND = 8;
    static final int DEFAULT_SNAPSHOT_THRESHOLD = 100;

    private final Configuration axon;
    private final StorageModule storage;
    private final EventStorageEngine eventLog;
    private final AccountSettings account;
    private final IssuerBase issuerBase;
    private final CommandGateway commands;
    private final QueryGateway queries;

    private CognitoRuntime(Builder builder) {
        this.storage = builder.storage;
        this.account = builder.account;
        this.issuerBase = builder.issuerBase;
        JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(eventObjectMapper()).build();
        JacksonSerializer snapshotSerializer = JacksonSerializer.builder().objectMapper(snapshotObjectMapper())
                .build();
        this.eventLog = storage.eventStorageEngine(serializer, snapshotSerializer);
        CognitoPasswordVerifierFactory passwords = new CognitoPasswordVerifierFactory();
        Configurer configurer = DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> serializer)
                .configureEventSerializer(c -> serializer)
                .configureMessageSerializer(c -> serializer)
                .configureEmbeddedEventStore(c -> eventLog)
                .registerComponent(CommandTargetResolver.class, c -> new RecordCommandTargetResolver())
                .registerComponent(TransactionManager.class, c -> storage.transactionManager())
                .registerComponent(TokenStore.class, c -> storage.tokenStore(serializer))
                .registerComponent(SnapshotTriggerDefinition.class,
                        c -> new EventCountSnapshotTriggerDefinition(c.snapshotter(), builder.snapshotThreshold))
                .registerComponent(Clock.class, c -> builder.clock)
                .registerComponent(IdGenerator.class, c -> builder.ids)
                .registerComponent(CodeGenerator.class, c -> builder.codes)
                .registerComponent(CodeDelivery.class, c -> builder.codeDelivery)
                .registerComponent(AccountSettings.class, c -> builder.account)
                .registerComponent(IssuerBase.class, c -> builder.issuerBase)
                .registerComponent(StorageModule.class, c -> storage)
                .registerComponent(PageTokens.class, c -> new HmacPageTokens(storage.masterKey()))
                .registerComponent(SecretSealer.class, c -> new AesGcmSecretSealer(storage.masterKey()))
                .registerComponent(CodeHasher.class, c -> new HmacCodeHasher(storage.masterKey()))
                .registerComponent(PasswordVerifierFactory.class, c -> passwords)
                .registerComponent(PasswordChecker.class, c -> passwords);
        configurer.eventProcessing()
                .usingSubscribingEventProcessors()
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
        UserPoolFeature.configure(configurer);
        AppClientFeature.configure(configurer);
        UserFeature.configure(configurer);
        GroupFeature.configure(configurer);
        TokenFeature.configure(configurer);
        builder.components.forEach((type, instance) -> register(configurer, type, instance));
        this.axon = configurer.start();
        this.commands = axon.commandGateway();
        this.queries = axon.queryGateway();
    }

    private static <T> void register(Configurer configurer, Class<T> type, Object instance) {
        configurer.registerComponent(type, c -> type.cast(instance));
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The object mapper events are stored with: ISO-8601 instants, unknown properties ignored so that older
     * readers accept newer events.
     */
    public static ObjectMapper eventObjectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    /**
     * The object mapper aggregate snapshots are stored with: the event settings, reading and writing an
     * aggregate's fields (aggregates have no getters), so a snapshot holds exactly the state its event-sourcing
     * handlers assigned.
     */
    public static ObjectMapper snapshotObjectMapper() {
        return eventObjectMapper()
                .setVisibility(PropertyAccessor.FIELD, Visibility.ANY)
                .setVisibility(PropertyAccessor.GETTER, Visibility.NONE)
                .setVisibility(PropertyAccessor.IS_GETTER, Visibility.NONE);
    }

    /**
     * Handles a command and returns its result.
     *
     * @throws CognitoException the refusal Cognito gives for this command; nothing was changed unless the refusal
     *                          itself is recorded (a failed confirmation attempt counts, for example)
     */
    @SuppressWarnings("unchecked")
    public <R> R send(CognitoCommand<R> command) {
        Objects.requireNonNull(command, "command");
        for (int attempt = 1; ; attempt++) {
            try {
                Object result = commands.sendAndWait(command);
                if (result instanceof Rejected rejected) {
                    throw rejected.error();
                }
                return (R) result;
            } catch (ConcurrencyException raceLost) {
                if (attempt == ATTEMPTS_PER_COMMAND) {
                    throw new CognitoException(CognitoError.CONCURRENT_MODIFICATION,
                            "The request conflicted with concurrent changes; try again.");
                }
            }
        }
    }

    /**
     * Answers a query from the read models.
     *
     * @throws CognitoException the refusal Cognito gives for this query, such as an unknown user pool
     */
    @SuppressWarnings("unchecked")
    public <R> R query(CognitoQuery<R> query) {
        Objects.requireNonNull(query, "query");
        try {
            return (R) queries.query(query, ResponseTypes.instanceOf(Object.class)).join();
        } catch (CompletionException e) {
            Throwable cause = e;
            while (cause != null && !(cause instanceof CognitoException)) {
                cause = cause.getCause();
            }
            if (cause != null) {
                throw (CognitoException) cause;
            }
            throw e;
        }
    }

    /**
     * Rebuilds the read models from the event log: in one transaction of the storage module, empties its read
     * models and snapshots ({@link ReadModelReset#clearDerivedState()}), then hands every stored event, oldest
     * first, to the projections: to every event handler that allows replay, so that one annotated
     * {@code @DisallowReplay}, such as a publisher to another system, is left out. One transaction makes the
     * rebuild all or nothing: when a projection fails, the read models stay as they were, and readers never see
     * them half rebuilt. No other command may run on this runtime meanwhile; other runtimes sharing the storage
     * wait for the rebuild to end before appending.
     *
     * @return how many events were replayed
     * @throws UnsupportedOperationException when the storage module cannot clear its read models
     */
    public long rebuildReadModels() {
        if (!(storage instanceof ReadModelReset reset)) {
            throw new UnsupportedOperationException(storage.getClass().getSimpleName()
                    + " cannot clear its read models, so they cannot be rebuilt");
        }
        List<EventHandlerInvoker> projections = axon.eventProcessingConfiguration().eventProcessors().values()
                .stream()
                .filter(AbstractEventProcessor.class::isInstance)
                .map(processor -> ((AbstractEventProcessor) processor).eventHandlerInvoker())
                .filter(EventHandlerInvoker::supportsReset)
                .toList();
        return storage.transactionManager().fetchInTransaction(() -> {
            reset.clearDerivedState();
            long replayed = 0;
            try (Stream<? extends TrackedEventMessage<?>> events = eventLog.readEvents(null, false)) {
                Iterator<? extends TrackedEventMessage<?>> oldestFirst = events.iterator();
                while (oldestFirst.hasNext()) {
                    project(oldestFirst.next(), projections);
                    replayed++;
                }
            }
            return replayed;
        });
    }

    private static void project(EventMessage<?> event, List<EventHandlerInvoker> projections) {
        DefaultUnitOfWork.startAndGet(event).execute(() -> {
            for (EventHandlerInvoker projection : projections) {
                try {
                    if (projection.canHandle(event, Segment.ROOT_SEGMENT)) {
                        projection.handle(event, Segment.ROOT_SEGMENT);
                    }
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException("replaying event " + event.getIdentifier() + " failed", e);
                }
            }
        });
    }

    /** The account and default region this runtime answers as. */
    public AccountSettings account() {
        return account;
    }

    /** Where this runtime's pools issue tokens from: a pool's {@code iss} is {@code <issuer base>/<pool id>}. */
    public IssuerBase issuerBase() {
        return issuerBase;
    }

    /**
     * A component the runtime or a feature registered, such as the {@link dev.cognitoes.auth.token.TokenIssuer}
     * or the {@link dev.cognitoes.auth.token.AccessTokenVerifier}: for embedding applications and tests that use a
     * building block directly.
     *
     * @throws IllegalArgumentException when no component of this type is registered
     */
    public <T> T component(Class<T> type) {
        Objects.requireNonNull(type, "type");
        T component = axon.getComponent(type);
        if (component == null) {
            throw new IllegalArgumentException("no component of type " + type.getName() + " is registered");
        }
        return component;
    }

    /** Stops message handling and closes the storage module. */
    @Override
    public void close() {
        axon.shutdown();
        try {
            storage.close();
        } catch (Exception e) {
            throw new IllegalStateException("closing the storage module failed", e);
        }
    }

    /** Builds a {@link CognitoRuntime}; every part has a production default. */
    public static final class Builder {
        private Clock clock = Clock.systemUTC();
        private IdGenerator ids = new RandomIdGenerator();
        private CodeGenerator codes = new RandomCodeGenerator();
        private CodeDelivery codeDelivery = new InMemoryOutbox();
        private StorageModule storage;
        private AccountSettings account = AccountSettings.DEFAULT;
        private int snapshotThreshold = DEFAULT_SNAPSHOT_THRESHOLD;
        private IssuerBase issuerBase = IssuerBase.DEFAULT;
        private final Map<Class<?>, Object> components = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public Builder idGenerator(IdGenerator ids) {
            this.ids = Objects.requireNonNull(ids, "idGenerator");
            return this;
        }

        public Builder codeGenerator(CodeGenerator codes) {
            this.codes = Objects.requireNonNull(codes, "codeGenerator");
            return this;
        }

        /** Where codes and invitations go; an {@link InMemoryOutbox} by default. */
        public Builder codeDelivery(CodeDelivery codeDelivery) {
            this.codeDelivery = Objects.requireNonNull(codeDelivery, "codeDelivery");
            return this;
        }

        /** Where state is kept; an {@link InMemoryStorageModule} by default. */
        public Builder storage(StorageModule storage) {
            this.storage = Objects.requireNonNull(storage, "storage");
            return this;
        }

        public Builder account(AccountSettings account) {
            this.account = Objects.requireNonNull(account, "account");
            return this;
        }

        /**
         * After how many events an aggregate is snapshotted, so that loading it reads the snapshot and the events
         * after it instead of its whole history; 100 by default.
         *
         * @throws IllegalArgumentException when {@code events} is below 1
         */
        public Builder snapshotThreshold(int events) {
            if (events < 1) {
                throw new IllegalArgumentException("snapshotThreshold must be at least 1, was " + events);
            }
            this.snapshotThreshold = events;
            return this;
        }

        /**
         * Where pools issue tokens from; {@link IssuerBase#DEFAULT} ({@code http://127.0.0.1:9229}) by default.
         * Set it to the address token validators reach the server at.
         */
        public Builder issuerBase(IssuerBase issuerBase) {
            this.issuerBase = Objects.requireNonNull(issuerBase, "issuerBase");
            return this;
        }

        /**
         * Registers {@code instance} as the component of {@code type}, replacing what the runtime or a feature
         * registers for it: for embedding applications that bring their own implementation of a port, and for
         * tests.
         */
        public <T> Builder component(Class<T> type, T instance) {
            components.put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(instance, "instance"));
            return this;
        }

        public CognitoRuntime build() {
            if (storage == null) {
                storage = new InMemoryStorageModule();
            }
            return new CognitoRuntime(this);
        }
    }
}
