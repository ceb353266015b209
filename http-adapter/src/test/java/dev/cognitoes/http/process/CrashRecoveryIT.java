package dev.cognitoes.http.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cognitoes.http.process.TestPostgres.Database;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameExistsException;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("A server process on PostgreSQL killed with SIGKILL under load")
class CrashRecoveryIT {

    static final int WORKERS = 4;
    static final int CONFIRMED_BEFORE_KILL = 24;
    static final Duration LOAD_LIMIT = Duration.ofSeconds(90);

    private final Set<String> signedUp = ConcurrentHashMap.newKeySet();
    private final Set<String> confirmed = ConcurrentHashMap.newKeySet();
    private final List<Throwable> failuresBeforeKill = new ArrayList<>();
    private volatile boolean killed;
    private Database database;
    private Path workDir;
    private ServerProcess killedNode;
    private ServerProcess restarted;
    private String poolId;
    private String clientId;

    @BeforeAll
    void loadAndKill() throws Exception {
        database = TestPostgres.newDatabase();
        workDir = Steps.workDir();
        killedNode = ServerProcess.start(workDir, Map.of(), database.options());
        poolId = Steps.createPool(killedNode.sdk(), "crash");
        clientId = Steps.createClient(killedNode.sdk(), poolId);
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < WORKERS; w++) {
                int worker = w;
                running.add(workers.submit(() -> signUpAndConfirmUntilKilled(worker)));
            }
            Instant deadline = Instant.now().plus(LOAD_LIMIT);
            while (confirmed.size() < CONFIRMED_BEFORE_KILL && Instant.now().isBefore(deadline)
                    && failuresBeforeKill.isEmpty()) {
                Thread.sleep(20);
            }
            killed = true;
            killedNode.kill();
            for (Future<?> worker : running) {
                worker.get(60, TimeUnit.SECONDS);
            }
        } finally {
            workers.shutdownNow();
        }
        assertThat(failuresBeforeKill).isEmpty();
        assertThat(confirmed).hasSizeGreaterThanOrEqualTo(CONFIRMED_BEFORE_KILL);
        restarted = ServerProcess.start(workDir, Map.of(), database.options());
    }

    private void signUpAndConfirmUntilKilled(int worker) {
        for (int i = 0; !killed; i++) {
            String username = "user-" + worker + "-" + i;
            try {
                Steps.signUp(killedNode.sdk(), clientId, username);
                signedUp.add(username);
                Steps.confirm(killedNode.sdk(), clientId, username, killedNode.signUpCode(poolId, username));
                confirmed.add(username);
            } catch (RuntimeException failure) {
                if (!killed && killedNode.isAlive()) {
                    synchronized (failuresBeforeKill) {
                        failuresBeforeKill.add(failure);
                    }
                }
                return;
            }
        }
    }

    @AfterAll
    void stopServers() {
        killedNode.close();
        if (restarted != null) {
            restarted.close();
        }
    }

    @Nested
    @DisplayName("when it is restarted on the same database")
    class Restarted {

        @Test
        @DisplayName("every SignUp answered 200 is there, and every ConfirmSignUp answered 200 made its user CONFIRMED")
        void keepsEveryAnsweredRequest() {
            for (String username : signedUp) {
                UserStatusType status = restarted.sdk().adminGetUser(r -> r.userPoolId(poolId).username(username))
                        .userStatus();
                if (confirmed.contains(username)) {
                    assertThat(status).as(username).isEqualTo(UserStatusType.CONFIRMED);
                } else {
                    assertThat(status).as(username).isIn(UserStatusType.UNCONFIRMED, UserStatusType.CONFIRMED);
                }
            }
        }

        @Test
        @DisplayName("nothing is half-applied: users, their events, their names and their states agree")
        void nothingHalfApplied() {
            String pool = "'" + poolId + "'";
            List<String> userRows = database.rows("SELECT sub FROM cognito_user WHERE user_pool_id = " + pool
                    + " ORDER BY sub");
            List<String> signUpEvents = database.rows("SELECT aggregateidentifier FROM domainevententry"
                    + " WHERE payloadtype LIKE '%.UserSignedUpEvent' AND " + payload("userPoolId") + " = " + pool
                    + " ORDER BY aggregateidentifier");
            List<String> nameRows = database.rows("SELECT normalized_name || '|' || sub FROM cognito_user_name"
                    + " WHERE user_pool_id = " + pool + " AND kind = 'USERNAME' ORDER BY 1");
            List<String> claimEvents = database.rows("SELECT " + payload("normalizedName") + " || '|' || "
                    + payload("sub") + " FROM domainevententry WHERE payloadtype LIKE '%.NameClaimedEvent'"
                    + " AND " + payload("userPoolId") + " = " + pool + " ORDER BY 1");
            List<String> usernamesOfUsers = database.rows("SELECT CAST(view_json AS json) ->> 'username' || '|'"
                    + " || sub FROM cognito_user WHERE user_pool_id = " + pool + " ORDER BY 1");
            List<String> confirmedRows = database.rows("SELECT sub FROM cognito_user WHERE user_pool_id = " + pool
                    + " AND CAST(view_json AS json) ->> 'status' = 'CONFIRMED' ORDER BY sub");
            List<String> confirmedEvents = database.rows("SELECT aggregateidentifier FROM domainevententry"
                    + " WHERE payloadtype LIKE '%.UserConfirmedEvent' AND " + payload("userPoolId") + " = " + pool
                    + " ORDER BY aggregateidentifier");

            assertThat(userRows).hasSizeGreaterThanOrEqualTo(signedUp.size()).isEqualTo(signUpEvents);
            assertThat(nameRows).hasSameSizeAs(userRows).isEqualTo(claimEvents).isEqualTo(usernamesOfUsers);
            assertThat(confirmedRows).hasSizeGreaterThanOrEqualTo(confirmed.size()).isEqualTo(confirmedEvents);
        }

        @Test
        @DisplayName("it goes on serving: a new user signs up and a taken username stays taken")
        void servesOn() {
            Steps.signUp(restarted.sdk(), clientId, "after-the-crash");
            String taken = signedUp.iterator().next();

            assertThatThrownBy(() -> Steps.signUp(restarted.sdk(), clientId, taken))
                    .isInstanceOf(UsernameExistsException.class);
            assertThat(restarted.sdk().adminGetUser(r -> r.userPoolId(poolId).username("after-the-crash"))
                    .userStatus()).isEqualTo(UserStatusType.UNCONFIRMED);
        }
    }

    private static String payload(String field) {
        return "(CAST(convert_from(payload, 'UTF8') AS json) ->> '" + field + "')";
    }
}
