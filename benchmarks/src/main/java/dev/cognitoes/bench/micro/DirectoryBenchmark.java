package dev.cognitoes.bench.micro;

import dev.cognitoes.auth.srp.PasswordVerifierFactory;
import dev.cognitoes.auth.token.TokenGrant;
import dev.cognitoes.auth.token.TokenIssuer;
import dev.cognitoes.bench.OneVerifierForAll;
import dev.cognitoes.config.CognitoRuntime;
import dev.cognitoes.user.api.AdminConfirmSignUpCommand;
import dev.cognitoes.user.api.AdminGetUserQuery;
import dev.cognitoes.user.api.GetUserQuery;
import dev.cognitoes.user.api.ListUsersQuery;
import dev.cognitoes.user.api.ListUsersResult;
import dev.cognitoes.user.api.SignUpCommand;
import dev.cognitoes.user.api.UserView;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reads from a pool of {@code users} users in memory (seeded through SignUp with one shared verifier, see
 * {@link OneVerifierForAll}): ListUsers' first page, ListUsers with an exact filter on email, and GetUser. Comparing the two sizes shows which reads grow with the pool.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@State(Scope.Benchmark)
public class DirectoryBenchmark {

    @Param({"10000", "100000"})
    public int users;

    private BenchRuntime bench;
    private String accessToken;
    private String middle;

    @Setup(Level.Trial)
    public void setUp() {
        bench = new BenchRuntime(CognitoRuntime.builder()
                .component(PasswordVerifierFactory.class, new OneVerifierForAll()));
        for (int i = 0; i < users; i++) {
            String username = String.format("user-%07d", i);
            bench.runtime.send(new SignUpCommand(bench.client.clientId(), null, username, BenchRuntime.PASSWORD,
                    Map.of("email", username + "@example.com")));
        }
        middle = String.format("user-%07d", users / 2);
        bench.runtime.send(new AdminConfirmSignUpCommand(bench.pool.id(), middle));
        UserView user = bench.runtime.query(new AdminGetUserQuery(bench.pool.id(), middle));
        accessToken = bench.runtime.component(TokenIssuer.class)
                .issue(new TokenGrant(bench.client, user, Instant.now(), "origin-1", "event-1")).accessToken();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        bench.close();
    }

    @Benchmark
    public ListUsersResult listUsersFirstPage() {
        return bench.runtime.query(ListUsersQuery.firstPage(bench.pool.id()));
    }

    @Benchmark
    public ListUsersResult listUsersExactFilter() {
        return bench.runtime.query(new ListUsersQuery(bench.pool.id(), null, null, null,
                "email = \"" + middle + "@example.com\""));
    }

    @Benchmark
    public UserView getUser() {
        return bench.runtime.query(new GetUserQuery(accessToken));
    }
}
