package dev.cognitoes.bench.micro;

import dev.cognitoes.auth.srp.CognitoPasswordVerifierFactory;
import dev.cognitoes.auth.srp.PasswordVerifier;
import dev.cognitoes.auth.srp.SrpGroup;
import dev.cognitoes.auth.srp.SrpTestClient;
import dev.cognitoes.user.api.AdminConfirmSignUpCommand;
import dev.cognitoes.user.api.InitiateAuthCommand;
import dev.cognitoes.user.api.RespondToAuthChallengeCommand;
import dev.cognitoes.user.api.SignInResult;
import dev.cognitoes.user.api.SignUpCommand;
import java.math.BigInteger;
import java.security.SecureRandom;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The password paths: making a verifier (sign-up), checking a password in clear ({@code USER_PASSWORD_AUTH}), a
 * whole {@code USER_SRP_AUTH} sign-in through the in-process runtime (both round trips), and the floor under it:
 * the three modular exponentiations over the 3072-bit group an SRP-6a server cannot avoid ({@code g^b},
 * {@code v^u}, {@code (A·v^u)^b}, each with a 256-bit exponent).
 *
 * <p>{@link #srpSignIn} includes the client's work ({@link SrpTestClient} with a fixed 256-bit {@code a}, so
 * {@code A} is computed once); {@link #srpClientRespond} measures that share alone. The server's share is measured
 * directly too, one command at a time: {@link #srpInitiate} ({@code InitiateAuth}) and {@link #srpRespond}
 * ({@code RespondToAuthChallenge}, the challenge and the client's answer made outside the measurement). Their
 * sum over {@link #modExpFloor} is the ratio {@link SrpRatio} prints from JMH's results and {@link CpuCost}
 * from CPU time.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class SrpBenchmark {

    private static final String USERNAME = "jane";

    private BenchRuntime bench;
    private CognitoPasswordVerifierFactory verifiers;
    private PasswordVerifier stored;
    private SrpTestClient client;
    private Map<String, String> challenge;
    private BigInteger b;
    private BigInteger u;
    private BigInteger v;
    private BigInteger a;

    @Setup(Level.Trial)
    public void setUp() {
        bench = new BenchRuntime();
        bench.runtime.send(new SignUpCommand(bench.client.clientId(), null, USERNAME, BenchRuntime.PASSWORD,
                Map.of("email", "jane@example.com")));
        bench.runtime.send(new AdminConfirmSignUpCommand(bench.pool.id(), USERNAME));
        verifiers = new CognitoPasswordVerifierFactory();
        stored = verifiers.create(bench.pool.id(), USERNAME, BenchRuntime.PASSWORD);
        SecureRandom random = new SecureRandom();
        client = new SrpTestClient(bench.pool.id(), new BigInteger(256, random));
        challenge = srpInitiate().challengeParameters();
        b = new BigInteger(256, random);
        u = new BigInteger(256, random);
        v = new BigInteger(stored.verifier(), 16);
        a = new BigInteger(client.srpA(), 16);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        bench.close();
    }

    /** A {@code PASSWORD_VERIFIER} challenge and the client's answer to it, made outside the measurement. */
    @State(Scope.Thread)
    public static class Answer {

        SignInResult challenge;
        Map<String, String> responses;

        @Setup(Level.Invocation)
        public void answer(SrpBenchmark srp) {
            challenge = srp.srpInitiate();
            responses = srp.client.respond(challenge.challengeParameters(), BenchRuntime.PASSWORD, Instant.now());
        }
    }

    @Benchmark
    public PasswordVerifier verifierCreation() {
        return verifiers.create(bench.pool.id(), USERNAME, BenchRuntime.PASSWORD);
    }

    @Benchmark
    public boolean passwordCheck() {
        return verifiers.matches(stored, bench.pool.id(), USERNAME, BenchRuntime.PASSWORD);
    }

    @Benchmark
    public SignInResult userPasswordAuthSignIn() {
        return bench.runtime.send(new InitiateAuthCommand(bench.client.clientId(), "USER_PASSWORD_AUTH",
                Map.of("USERNAME", USERNAME, "PASSWORD", BenchRuntime.PASSWORD)));
    }

    @Benchmark
    public SignInResult srpSignIn() {
        SignInResult first = srpInitiate();
        return respond(first, client.respond(first.challengeParameters(), BenchRuntime.PASSWORD, Instant.now()));
    }

    /** The server's {@code InitiateAuth} of {@code USER_SRP_AUTH}: {@code A} is computed once, at set-up. */
    @Benchmark
    public SignInResult srpInitiate() {
        return bench.runtime.send(new InitiateAuthCommand(bench.client.clientId(), "USER_SRP_AUTH",
                Map.of("USERNAME", USERNAME, "SRP_A", client.srpA())));
    }

    /** The server's {@code RespondToAuthChallenge} to {@code PASSWORD_VERIFIER}, tokens issued. */
    @Benchmark
    public SignInResult srpRespond(Answer answer) {
        return respond(answer.challenge, answer.responses);
    }

    private SignInResult respond(SignInResult challenge, Map<String, String> responses) {
        SignInResult done = bench.runtime.send(new RespondToAuthChallengeCommand(bench.client.clientId(),
                "PASSWORD_VERIFIER", challenge.session(), responses));
        if (done.tokens().isEmpty()) {
            throw new IllegalStateException("the SRP sign-in did not end with tokens: " + done);
        }
        return done;
    }

    @Benchmark
    public Map<String, String> srpClientRespond() {
        return client.respond(challenge, BenchRuntime.PASSWORD, Instant.now());
    }

    @Benchmark
    public BigInteger modExpGb() {
        return SrpGroup.G.modPow(b, SrpGroup.N);
    }

    @Benchmark
    public BigInteger modExpFloor() {
        BigInteger gb = SrpGroup.G.modPow(b, SrpGroup.N);
        BigInteger vu = v.modPow(u, SrpGroup.N);
        BigInteger shared = a.multiply(vu).mod(SrpGroup.N).modPow(b, SrpGroup.N);
        return gb.add(shared);
    }
}
