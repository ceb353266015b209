package dev.cognitoes.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cognitoes.client.api.AppClientSettings;
import dev.cognitoes.client.api.AppClientView;
import dev.cognitoes.client.api.DescribeUserPoolClientQuery;
import dev.cognitoes.client.api.UpdateUserPoolClientCommand;
import dev.cognitoes.delivery.InMemoryOutbox;
import dev.cognitoes.persistence.jdbc.TestDatabases.TestDatabase;
import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.CognitoException;
import dev.cognitoes.spi.UserStore;
import dev.cognitoes.user.api.AdminConfirmSignUpCommand;
import dev.cognitoes.user.api.AdminDeleteUserCommand;
import dev.cognitoes.user.api.AdminGetUserQuery;
import dev.cognitoes.user.api.ConfirmSignUpCommand;
import dev.cognitoes.user.api.NameKind;
import dev.cognitoes.user.api.ResendConfirmationCodeCommand;
import dev.cognitoes.user.api.UserStatus;
import dev.cognitoes.user.api.UserView;
import dev.cognitoes.userpool.api.DescribeUserPoolQuery;
import dev.cognitoes.userpool.api.UpdateUserPoolCommand;
import dev.cognitoes.userpool.api.UserPoolSettings;
import dev.cognitoes.userpool.api.UserPoolView;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A runtime on the JDBC module, end to end; each database's test subclasses it. */
abstract class JdbcRuntimeTest {

    private TestDatabase database;

    /** An empty database. */
    protected abstract TestDatabase newDatabase();

    @BeforeEach
    void freshDatabase() {
        database = newDatabase();
    }

    long events() {
        return database.count("SELECT COUNT(*) FROM domainevententry");
    }

    @Nested
    @DisplayName("when the runtime is closed and another is started on the same database")
    class Restart {

        UserPoolView pool;
        AppClientView web;
        AppClientView server;
        String johnsCode;
        long eventsBefore;

        @BeforeEach
        void firstRun() {
            try (Scenario first = new Scenario(database.builder().build())) {
                pool = first.createPool("restarted");
                web = first.createClient(pool, "web", false);
                server = first.createClient(pool, "server", true);
                first.signUp(web, "jane");
                first.confirm(web, pool, "jane");
                first.signUp(web, "john");
                johnsCode = first.lastCode(pool, "john");
            }
            eventsBefore = events();
        }

        @Test
        @DisplayName("the read models hold every change before anything is read from the event log")
        void readModelsSurvive() {
            RecordingStorageModule storage = new RecordingStorageModule(database.builder().build());
            try (storage) {
                assertThat(storage.userPoolStore().find(pool.id())).contains(pool);
                assertThat(storage.appClientStore().listAfter(pool.id(), null, 10)).hasSize(2);
                assertThat(storage.userStore().findByName(pool.id(), NameKind.USERNAME, "jane"))
                        .map(UserView::status).contains(UserStatus.CONFIRMED);

                try (Scenario second = new Scenario(storage)) {
                    assertThat(second.runtime.query(new DescribeUserPoolQuery(pool.id()))).isEqualTo(pool);
                    assertThat(second.runtime.query(new DescribeUserPoolClientQuery(pool.id(), server.clientId()))
                            .clientSecret()).isEqualTo(server.clientSecret()).isPresent();
                    UserView jane = second.runtime.query(new AdminGetUserQuery(pool.id(), "jane"));
                    assertThat(jane.status()).isEqualTo(UserStatus.CONFIRMED);
                    assertThat(jane.attribute("email_verified")).isEqualTo("true");
                    assertThat(second.runtime.query(new AdminGetUserQuery(pool.id(), "john")).status())
                            .isEqualTo(UserStatus.UNCONFIRMED);
                }
                assertThat(storage.globalReads).hasValue(0);
                assertThat(storage.aggregateReads).isEmpty();
                assertThat(storage.snapshotReads).isEmpty();
            }
            assertThat(events()).isEqualTo(eventsBefore);
        }

        @Test
        @DisplayName("commands decide on the stored events: names stay taken and codes sent before still confirm")
        void eventLogSurvives() {
            try (Scenario second = new Scenario(database.builder().build())) {
                assertThatThrownBy(() -> second.signUp(web, "jane"))
                        .isInstanceOfSatisfying(CognitoException.class,
                                e -> assertThat(e.error()).isEqualTo(CognitoError.USERNAME_EXISTS));
                second.runtime.send(new ConfirmSignUpCommand(web.clientId(), null, "john",
                        johnsCode, false));
                assertThat(second.runtime.query(new AdminGetUserQuery(pool.id(), "john")).status())
                        .isEqualTo(UserStatus.CONFIRMED);
            }
        }
    }

    @Nested
    @DisplayName("when a projection fails")
    class ProjectionFailure {

        @Test
        @DisplayName("neither the command's events nor any read-model row it wrote are kept")
        void rollsBack() {
            AtomicBoolean failing = new AtomicBoolean(true);
            JdbcStorageModule module = database.builder().build();
            UserStore failingStore = failOnSave(module.userStore(), failing);
            try (Scenario scenario = new Scenario(new RecordingStorageModule(module, failingStore))) {
                UserPoolView pool = scenario.createPool("failing");
                AppClientView web = scenario.createClient(pool, "web", false);
                long eventsBefore = events();

                assertThatThrownBy(() -> scenario.signUp(web, "doomed")).hasStackTraceContaining("projection failed");

                assertThat(events()).isEqualTo(eventsBefore);
                assertThat(database.count("SELECT COUNT(*) FROM cognito_user")).isZero();
                assertThat(database.count("SELECT COUNT(*) FROM cognito_user_name")).isZero();

                failing.set(false);
                scenario.signUp(web, "doomed");
                assertThat(module.userStore().findByName(pool.id(), NameKind.USERNAME, "doomed")).isPresent();
                assertThat(events()).isGreaterThan(eventsBefore);
            }
        }

        /** The store, whose {@code save} writes and then fails while {@code failing} is set. */
        static UserStore failOnSave(UserStore store, AtomicBoolean failing) {
            return (UserStore) Proxy.newProxyInstance(UserStore.class.getClassLoader(),
                    new Class<?>[] {UserStore.class}, (proxy, method, args) -> {
                        Object result;
                        try {
                            result = method.invoke(store, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                        if (method.getName().equals("save") && failing.get()) {
                            throw new IllegalStateException("projection failed");
                        }
                        return result;
                    });
        }
    }

    @Nested
    @DisplayName("when a user has thousands of events")
    class LongHistory {

        static final int RESENDS = 2000;

        @Test
        @DisplayName("loading the user reads its latest snapshot and only the events after it")
        void loadsFromSnapshot() {
            RecordingStorageModule storage = new RecordingStorageModule(database.builder().build());
            try (Scenario scenario = new Scenario(storage)) {
                UserPoolView pool = scenario.createPool("busy");
                AppClientView web = scenario.createClient(pool, "web", false);
                String sub = scenario.signUp(web, "busy").userSub();
                for (int i = 0; i < RESENDS; i++) {
                    scenario.runtime.send(new ResendConfirmationCodeCommand(web.clientId(), null, "busy"));
                }
                assertThat(database.count("SELECT COUNT(*) FROM domainevententry WHERE aggregateidentifier = '"
                        + sub + "'")).isGreaterThan(RESENDS);
                storage.forget();

                scenario.confirm(web, pool, "busy");

                assertThat(storage.snapshotReads).filteredOn(read -> read.aggregateId().equals(sub))
                        .singleElement().satisfies(read -> assertThat(read.sequence()).isGreaterThan(RESENDS - 100));
                assertThat(storage.aggregateReads).filteredOn(read -> read.aggregateId().equals(sub))
                        .singleElement().satisfies(read -> assertThat(read.events()).isLessThanOrEqualTo(100));
                assertThat(scenario.runtime.query(new AdminGetUserQuery(pool.id(), "busy")).status())
                        .isEqualTo(UserStatus.CONFIRMED);
            }
        }
    }

    @Nested
    @DisplayName("when every aggregate is snapshotted after each event")
    class EverySnapshot {

        @Test
        @DisplayName("pools, clients, users and name claims load from their snapshots in the state they had")
        void loadsEveryAggregateFromSnapshots() {
            RecordingStorageModule storage = new RecordingStorageModule(database.builder().build());
            try (Scenario scenario = new Scenario(storage, new InMemoryOutbox(), b -> b.snapshotThreshold(1))) {
                UserPoolView pool = scenario.createPool("snapshotted");
                for (String name : List.of("renamed", "renamed again")) {
                    scenario.runtime.send(new UpdateUserPoolCommand(pool.id(), UserPoolSettings.defaults(name)));
                }
                AppClientView client = scenario.createClient(pool, "web", true);
                for (String name : List.of("renamed", "renamed again")) {
                    scenario.runtime.send(new UpdateUserPoolClientCommand(pool.id(), client.clientId(),
                            AppClientSettings.defaults(name)));
                }
                AppClientView open = scenario.createClient(pool, "open", false);
                String firstSub = scenario.signUp(open, "jane").userSub();
                scenario.runtime.send(new AdminConfirmSignUpCommand(pool.id(), "jane"));
                scenario.runtime.send(new AdminDeleteUserCommand(pool.id(), "jane"));
                String secondSub = scenario.signUp(open, "jane").userSub();

                assertThat(storage.snapshotReads).filteredOn(read -> read.sequence() >= 0)
                        .extracting(RecordingStorageModule.SnapshotRead::aggregateId)
                        .contains(pool.id(), client.clientId(), firstSub, pool.id() + "/username/jane");
                assertThat(scenario.runtime.query(new DescribeUserPoolQuery(pool.id())).settings().poolName())
                        .isEqualTo("renamed again");
                AppClientView renamed = scenario.runtime.query(new DescribeUserPoolClientQuery(pool.id(),
                        client.clientId()));
                assertThat(renamed.settings().clientName()).isEqualTo("renamed again");
                assertThat(renamed.clientSecret()).isEqualTo(client.clientSecret()).isPresent();
                assertThat(scenario.runtime.query(new AdminGetUserQuery(pool.id(), "jane")).sub())
                        .isEqualTo(secondSub).isNotEqualTo(firstSub);
            }
        }
    }
}
