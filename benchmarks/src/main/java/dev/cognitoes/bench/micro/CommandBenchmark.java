package dev.cognitoes.bench.micro;

import dev.cognitoes.auth.srp.PasswordVerifierFactory;
import dev.cognitoes.bench.OneVerifierForAll;
import dev.cognitoes.config.CognitoRuntime;
import dev.cognitoes.user.api.AdminConfirmSignUpCommand;
import dev.cognitoes.user.api.AdminConfirmSignUpResult;
import dev.cognitoes.user.api.ConfirmSignUpCommand;
import dev.cognitoes.user.api.ConfirmSignUpResult;
import dev.cognitoes.user.api.SignUpCommand;
import dev.cognitoes.user.api.SignUpResult;
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
 * One command through the whole Axon stack in memory: command bus, aggregate load, event store append, the
 * subscribing projections. {@code verifier=cheap} hands every user one precomputed verifier, so the difference to
 * {@code verifier=srp} is what the modular exponentiation of a sign-up costs.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class CommandBenchmark {

    @Param({"srp", "cheap"})
    public String verifier;

    private BenchRuntime bench;
    private long next;

    /** A user signed up (outside the measurement) for each confirmation measured. */
    @State(Scope.Thread)
    public static class Unconfirmed {

        String username;

        @Setup(Level.Invocation)
        public void signUp(CommandBenchmark commands) {
            username = commands.signUpNext();
        }
    }

    @Setup(Level.Trial)
    public void setUp() {
        CognitoRuntime.Builder builder = CognitoRuntime.builder();
        if (verifier.equals("cheap")) {
            builder.component(PasswordVerifierFactory.class, new OneVerifierForAll());
        }
        bench = new BenchRuntime(builder);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        bench.close();
    }

    private String signUpNext() {
        String username = "user-" + next++;
        bench.runtime.send(new SignUpCommand(bench.client.clientId(), null, username, BenchRuntime.PASSWORD,
                Map.of("email", username + "@example.com")));
        return username;
    }

    @Benchmark
    public SignUpResult signUp() {
        String username = "new-" + next++;
        return bench.runtime.send(new SignUpCommand(bench.client.clientId(), null, username, BenchRuntime.PASSWORD,
                Map.of("email", username + "@example.com")));
    }

    @Benchmark
    public ConfirmSignUpResult confirmSignUp(Unconfirmed user) {
        return bench.runtime.send(new ConfirmSignUpCommand(bench.client.clientId(), null, user.username,
                BenchRuntime.FIXED_CODE, false));
    }

    @Benchmark
    public AdminConfirmSignUpResult adminConfirmSignUp(Unconfirmed user) {
        return bench.runtime.send(new AdminConfirmSignUpCommand(bench.pool.id(), user.username));
    }
}
